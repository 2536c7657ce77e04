import { apiRoute, json } from '@/lib/server/api/route';
import { createVersion, listVersions } from '@/lib/server/services/versions';
import { ZModelParams, ZVersionCreate, ZVersionListQuery } from '@/lib/validation/model';

// GET /api/v1/registries/{registry}/models/{model}/versions — search, filter, sort and page versions (viewer)
export const GET = apiRoute({ params: ZModelParams, query: ZVersionListQuery }, async ({ principal, params, query }) =>
  json(await listVersions(principal, params.registry, params.model, query)),
);

// POST /api/v1/registries/{registry}/models/{model}/versions — register a version with its artifacts, atomically (contributor)
export const POST = apiRoute({ params: ZModelParams, body: ZVersionCreate }, async ({ principal, params, body }) => {
  const { version, etag } = await createVersion(principal, params.registry, params.model, body);
  return json(version, { status: 201, etag });
});
