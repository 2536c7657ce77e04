import { apiRoute, json } from '@/lib/server/api/route';
import { createArtifact, listArtifacts } from '@/lib/server/services/artifacts';
import { ZArtifactCreate } from '@/lib/validation/artifact';
import { ZVersionParams } from '@/lib/validation/model';

const target = (p: { registry: string; model: string; version: string }) => ({
  registryName: p.registry,
  modelName: p.model,
  versionName: p.version,
});

// GET /api/v1/registries/{registry}/models/{model}/versions/{version}/artifacts — a version's artifacts (viewer)
export const GET = apiRoute({ params: ZVersionParams }, async ({ principal, params }) => {
  const items = await listArtifacts(principal, target(params));
  return json({ items, nextCursor: null, total: items.length });
});

// POST /api/v1/registries/{registry}/models/{model}/versions/{version}/artifacts — add an artifact (contributor)
export const POST = apiRoute({ params: ZVersionParams, body: ZArtifactCreate }, async ({ principal, params, body }) => {
  const { artifact, etag } = await createArtifact(principal, target(params), body);
  return json(artifact, { status: 201, etag });
});
