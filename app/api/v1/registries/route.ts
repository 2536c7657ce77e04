import { apiRoute, json } from '@/lib/server/api/route';
import { createRegistry, listRegistries } from '@/lib/server/services/registries';
import { ZRegistryCreate, ZRegistryListQuery } from '@/lib/validation/registry';

// GET /api/v1/registries — registries the caller can see (signed in)
export const GET = apiRoute({ query: ZRegistryListQuery }, async ({ principal, query }) =>
  json(await listRegistries(principal, query)),
);

// POST /api/v1/registries — create a registry (platform admin)
export const POST = apiRoute({ body: ZRegistryCreate }, async ({ principal, body }) =>
  json(await createRegistry(principal, body), { status: 201 }),
);
