import { apiRoute, json } from '@/lib/server/api/route';
import { deleteVersion, getVersion, updateVersion } from '@/lib/server/services/versions';
import { ZVersionParams, ZVersionPatch } from '@/lib/validation/model';

// GET /api/v1/registries/{registry}/models/{model}/versions/{version} — one version with its artifacts (viewer)
export const GET = apiRoute({ params: ZVersionParams }, async ({ principal, params }) => {
  const { version, etag } = await getVersion(principal, params.registry, params.model, params.version);
  return json(version, { etag });
});

// PATCH /api/v1/registries/{registry}/models/{model}/versions/{version} — edit, archive or restore; honours If-Match (contributor)
export const PATCH = apiRoute(
  { params: ZVersionParams, body: ZVersionPatch },
  async ({ principal, params, body, req }) => {
    const { version, etag } = await updateVersion(
      principal,
      params.registry,
      params.model,
      params.version,
      body,
      req.headers.get('if-match'),
    );
    return json(version, { etag });
  },
);

// DELETE /api/v1/registries/{registry}/models/{model}/versions/{version} — hard delete; honours If-Match (registry admin)
export const DELETE = apiRoute({ params: ZVersionParams }, async ({ principal, params, req }) => {
  await deleteVersion(principal, params.registry, params.model, params.version, req.headers.get('if-match'));
  return new Response(null, { status: 204 });
});
