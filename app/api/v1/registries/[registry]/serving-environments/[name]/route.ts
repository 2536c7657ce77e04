import { apiRoute, json } from '@/lib/server/api/route';
import {
  deleteServingEnvironment,
  getServingEnvironment,
  updateServingEnvironment,
} from '@/lib/server/services/serving-environments';
import { ZServingEnvironmentParams, ZServingEnvironmentPatch } from '@/lib/validation/deployment';

// GET /api/v1/registries/{registry}/serving-environments/{name} — one environment, with an ETag; never its token (viewer)
export const GET = apiRoute({ params: ZServingEnvironmentParams }, async ({ principal, params }) => {
  const { environment, etag } = await getServingEnvironment(principal, params.registry, params.name);
  return json(environment, { etag });
});

// PATCH /api/v1/registries/{registry}/serving-environments/{name} — edit; token null clears it; honours If-Match (registry admin)
export const PATCH = apiRoute(
  { params: ZServingEnvironmentParams, body: ZServingEnvironmentPatch },
  async ({ principal, params, body, req }) => {
    const { environment, etag } = await updateServingEnvironment(
      principal,
      params.registry,
      params.name,
      body,
      req.headers.get('if-match'),
    );
    return json(environment, { etag });
  },
);

// DELETE /api/v1/registries/{registry}/serving-environments/{name} — refused (409) while it has active deployments (registry admin)
export const DELETE = apiRoute({ params: ZServingEnvironmentParams }, async ({ principal, params, req }) => {
  await deleteServingEnvironment(principal, params.registry, params.name, req.headers.get('if-match'));
  return new Response(null, { status: 204 });
});
