import { apiRoute, json } from '@/lib/server/api/route';
import { deleteGrant, updateGrant } from '@/lib/server/services/grants';
import { ZGrantPatch, ZIdParams } from '@/lib/validation/access';

// PATCH /api/v1/registries/{registry}/grants/{id} — change a grant's role (registry admin)
export const PATCH = apiRoute({ params: ZIdParams, body: ZGrantPatch }, async ({ principal, params, body }) =>
  json(await updateGrant(principal, params.registry, params.id, body)),
);

// DELETE /api/v1/registries/{registry}/grants/{id} — remove a grant (registry admin)
export const DELETE = apiRoute({ params: ZIdParams }, async ({ principal, params }) => {
  await deleteGrant(principal, params.registry, params.id);
  return new Response(null, { status: 204 });
});
