import { apiRoute, json } from '@/lib/server/api/route';
import { deleteRegistry, getRegistry, updateRegistry } from '@/lib/server/services/registries';
import { ZRegistryParams } from '@/lib/validation/model';
import { ZRegistryDeleteQuery, ZRegistryPatch } from '@/lib/validation/registry';

// GET /api/v1/registries/{registry} — one registry (viewer)
export const GET = apiRoute({ params: ZRegistryParams }, async ({ principal, params }) => {
  const { registry, etag } = await getRegistry(principal, params.registry);
  return json(registry, { etag });
});

// PATCH /api/v1/registries/{registry} — edit display name and description (platform admin)
export const PATCH = apiRoute(
  { params: ZRegistryParams, body: ZRegistryPatch },
  async ({ principal, params, body, req }) => {
    const { registry, etag } = await updateRegistry(principal, params.registry, body, req.headers.get('if-match'));
    return json(registry, { etag });
  },
);

// DELETE /api/v1/registries/{registry}?force=true — delete a registry and, with force, its models (platform admin)
export const DELETE = apiRoute(
  { params: ZRegistryParams, query: ZRegistryDeleteQuery },
  async ({ principal, params, query, req }) => {
    await deleteRegistry(principal, params.registry, query.force, req.headers.get('if-match'));
    return new Response(null, { status: 204 });
  },
);
