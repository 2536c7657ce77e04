import { apiRoute, json } from '@/lib/server/api/route';
import { deleteDeployment, getDeployment, updateDeployment } from '@/lib/server/services/deployments';
import { ZDeploymentParams, ZDeploymentPatch } from '@/lib/validation/deployment';

// GET /api/v1/registries/{registry}/deployments/{id} — one deployment, its status read from the cluster when it has one (viewer)
export const GET = apiRoute({ params: ZDeploymentParams }, async ({ principal, params }) => {
  const { deployment, etag } = await getDeployment(principal, params.registry, params.id);
  return json(deployment, { etag });
});

// PATCH /api/v1/registries/{registry}/deployments/{id} — roll out a version, scale, set resources, undeploy; honours If-Match (contributor)
export const PATCH = apiRoute(
  { params: ZDeploymentParams, body: ZDeploymentPatch },
  async ({ principal, params, body, req }) => {
    const { deployment, etag } = await updateDeployment(
      principal,
      params.registry,
      params.id,
      body,
      req.headers.get('if-match'),
    );
    return json(deployment, { etag });
  },
);

// DELETE /api/v1/registries/{registry}/deployments/{id} — remove it, and its InferenceService from the cluster (contributor)
export const DELETE = apiRoute({ params: ZDeploymentParams }, async ({ principal, params, req }) => {
  await deleteDeployment(principal, params.registry, params.id, req.headers.get('if-match'));
  return new Response(null, { status: 204 });
});
