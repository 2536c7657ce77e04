import { apiRoute, json } from '@/lib/server/api/route';
import { deleteModel, getModel, updateModel } from '@/lib/server/services/models';
import { ZModelParams, ZModelPatch } from '@/lib/validation/model';

// GET /api/v1/registries/{registry}/models/{model} — one model, with an ETag (viewer)
export const GET = apiRoute({ params: ZModelParams }, async ({ principal, params }) => {
  const { model, etag } = await getModel(principal, params.registry, params.model);
  return json(model, { etag });
});

// PATCH /api/v1/registries/{registry}/models/{model} — edit, archive or restore; honours If-Match (contributor)
export const PATCH = apiRoute({ params: ZModelParams, body: ZModelPatch }, async ({ principal, params, body, req }) => {
  const { model, etag } = await updateModel(
    principal,
    params.registry,
    params.model,
    body,
    req.headers.get('if-match'),
  );
  return json(model, { etag });
});

// DELETE /api/v1/registries/{registry}/models/{model} — hard delete with its versions; honours If-Match (registry admin)
export const DELETE = apiRoute({ params: ZModelParams }, async ({ principal, params, req }) => {
  await deleteModel(principal, params.registry, params.model, req.headers.get('if-match'));
  return new Response(null, { status: 204 });
});
