import { apiRoute } from '@/lib/server/api/route';
import { deleteGroup } from '@/lib/server/services/groups';
import { ZGroupParams } from '@/lib/validation/access';

// DELETE /api/v1/admin/groups/{group} — delete a group, its memberships and its grants (platform admin)
export const DELETE = apiRoute({ params: ZGroupParams }, async ({ principal, params }) => {
  await deleteGroup(principal, params.group);
  return new Response(null, { status: 204 });
});
