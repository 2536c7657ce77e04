import { apiRoute, json } from '@/lib/server/api/route';
import { createToken, listTokens } from '@/lib/server/services/tokens';
import { ZTokenCreate } from '@/lib/validation/access';
import { ZRegistryParams } from '@/lib/validation/model';

// GET /api/v1/registries/{registry}/tokens — the registry's API tokens, without secrets (registry admin)
export const GET = apiRoute({ params: ZRegistryParams }, async ({ principal, params }) =>
  json(await listTokens(principal, params.registry)),
);

// POST /api/v1/registries/{registry}/tokens — create a token; the secret is in this response only (registry admin)
export const POST = apiRoute({ params: ZRegistryParams, body: ZTokenCreate }, async ({ principal, params, body }) =>
  json(await createToken(principal, params.registry, body), { status: 201 }),
);
