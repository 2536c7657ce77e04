import { apiRoute, json } from '@/lib/server/api/route';
import { deleteArtifact, getArtifact, updateArtifact } from '@/lib/server/services/artifacts';
import { ZArtifactPatch } from '@/lib/validation/artifact';
import { ZArtifactParams } from '@/lib/validation/model';

const target = (p: { registry: string; model: string; version: string }) => ({
  registryName: p.registry,
  modelName: p.model,
  versionName: p.version,
});

// GET /api/v1/registries/{registry}/models/{model}/versions/{version}/artifacts/{id} — one artifact (viewer)
export const GET = apiRoute({ params: ZArtifactParams }, async ({ principal, params }) => {
  const { artifact, etag } = await getArtifact(principal, target(params), params.id);
  return json(artifact, { etag });
});

// PATCH /api/v1/registries/{registry}/models/{model}/versions/{version}/artifacts/{id} — edit location, format or provenance (contributor)
export const PATCH = apiRoute(
  { params: ZArtifactParams, body: ZArtifactPatch },
  async ({ principal, params, body, req }) => {
    const { artifact, etag } = await updateArtifact(
      principal,
      target(params),
      params.id,
      body,
      req.headers.get('if-match'),
    );
    return json(artifact, { etag });
  },
);

// DELETE /api/v1/registries/{registry}/models/{model}/versions/{version}/artifacts/{id} — remove an artifact (contributor)
export const DELETE = apiRoute({ params: ZArtifactParams }, async ({ principal, params, req }) => {
  await deleteArtifact(principal, target(params), params.id, req.headers.get('if-match'));
  return new Response(null, { status: 204 });
});
