import { apiRoute, json } from '@/lib/server/api/route';
import { createDeployment, listDeployments } from '@/lib/server/services/deployments';
import { ZDeploymentCreate, ZDeploymentListQuery } from '@/lib/validation/deployment';
import { ZRegistryParams } from '@/lib/validation/model';

// GET /api/v1/registries/{registry}/deployments — filter by environment, model, version, state; newest first (viewer)
export const GET = apiRoute(
  { params: ZRegistryParams, query: ZDeploymentListQuery },
  async ({ principal, params, query }) => json(await listDeployments(principal, params.registry, query)),
);

// POST /api/v1/registries/{registry}/deployments — deploy a model version; applied to the cluster when the environment has one (contributor)
export const POST = apiRoute(
  { params: ZRegistryParams, body: ZDeploymentCreate },
  async ({ principal, params, body }) => {
    const { deployment, etag } = await createDeployment(principal, params.registry, body);
    return json(deployment, { status: 201, etag });
  },
);
