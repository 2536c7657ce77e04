import { apiRoute, json } from '@/lib/server/api/route';
import { createGrant, listGrants } from '@/lib/server/services/grants';
import { ZGrantCreate } from '@/lib/validation/access';
import { ZRegistryParams } from '@/lib/validation/model';

// GET /api/v1/registries/{registry}/grants — who has which role on the registry (registry admin)
export const GET = apiRoute({ params: ZRegistryParams }, async ({ principal, params }) =>
  json(await listGrants(principal, params.registry)),
);

// POST /api/v1/registries/{registry}/grants — grant a role to a user, a group or all signed-in users (registry admin)
export const POST = apiRoute({ params: ZRegistryParams, body: ZGrantCreate }, async ({ principal, params, body }) =>
  json(await createGrant(principal, params.registry, body), { status: 201 }),
);
