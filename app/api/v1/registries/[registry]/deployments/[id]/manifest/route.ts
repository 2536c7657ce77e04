import { manifestYaml } from '@/lib/deployments/manifest';
import { apiRoute, json } from '@/lib/server/api/route';
import { getDeploymentManifest } from '@/lib/server/services/deployments';
import { ZDeploymentParams, ZManifestQuery } from '@/lib/validation/deployment';

// GET /api/v1/registries/{registry}/deployments/{id}/manifest — the KServe InferenceService, as YAML or JSON (viewer)
export const GET = apiRoute(
  { params: ZDeploymentParams, query: ZManifestQuery },
  async ({ principal, params, query }) => {
    const manifest = await getDeploymentManifest(principal, params.registry, params.id);
    if (query.format === 'json') return json(manifest);
    return new Response(manifestYaml(manifest), {
      headers: { 'Content-Type': 'application/yaml; charset=utf-8', 'Cache-Control': 'no-store' },
    });
  },
);
