import { apiRoute, json } from '@/lib/server/api/route';
import { createServingEnvironment, listServingEnvironments } from '@/lib/server/services/serving-environments';
import { ZServingEnvironmentCreate, ZServingEnvironmentListQuery } from '@/lib/validation/deployment';
import { ZRegistryParams } from '@/lib/validation/model';

// GET /api/v1/registries/{registry}/serving-environments — the registry's serving environments, by name (viewer)
export const GET = apiRoute(
  { params: ZRegistryParams, query: ZServingEnvironmentListQuery },
  async ({ principal, params, query }) => json(await listServingEnvironments(principal, params.registry, query)),
);

// POST /api/v1/registries/{registry}/serving-environments — add a KServe namespace or an external target (registry admin)
export const POST = apiRoute(
  { params: ZRegistryParams, body: ZServingEnvironmentCreate },
  async ({ principal, params, body }) => {
    const { environment, etag } = await createServingEnvironment(principal, params.registry, body);
    return json(environment, { status: 201, etag });
  },
);
