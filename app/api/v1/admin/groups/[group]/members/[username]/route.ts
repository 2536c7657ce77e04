import { apiRoute } from '@/lib/server/api/route';
import { removeGroupMember } from '@/lib/server/services/groups';
import { ZMemberParams } from '@/lib/validation/access';

// DELETE /api/v1/admin/groups/{group}/members/{username} — remove a user from a group (platform admin)
export const DELETE = apiRoute({ params: ZMemberParams }, async ({ principal, params }) => {
  await removeGroupMember(principal, params.group, params.username);
  return new Response(null, { status: 204 });
});
