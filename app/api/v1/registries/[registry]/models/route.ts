import { apiRoute, json } from '@/lib/server/api/route';
import { createModel, listModels } from '@/lib/server/services/models';
import { ZModelCreate, ZModelListQuery, ZRegistryParams } from '@/lib/validation/model';

// GET /api/v1/registries/{registry}/models — search, filter, sort and page models (viewer)
export const GET = apiRoute({ params: ZRegistryParams, query: ZModelListQuery }, async ({ principal, params, query }) =>
  json(await listModels(principal, params.registry, query)),
);

// POST /api/v1/registries/{registry}/models — register a model, optionally with its first version and artifact, atomically (contributor)
export const POST = apiRoute({ params: ZRegistryParams, body: ZModelCreate }, async ({ principal, params, body }) =>
  json(await createModel(principal, params.registry, body), { status: 201 }),
);
