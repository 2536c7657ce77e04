import { apiRoute } from '@/lib/server/api/route';
import { revokeToken } from '@/lib/server/services/tokens';
import { ZIdParams } from '@/lib/validation/access';

// DELETE /api/v1/registries/{registry}/tokens/{id} — revoke a token, effective on the next request (registry admin)
export const DELETE = apiRoute({ params: ZIdParams }, async ({ principal, params }) => {
  await revokeToken(principal, params.registry, params.id);
  return new Response(null, { status: 204 });
});
