import { apiRoute, json } from '@/lib/server/api/route';
import { deleteGroup, getGroup } from '@/lib/server/services/groups';
import { ZGroupParams } from '@/lib/validation/access';

// GET /api/v1/admin/groups/{group} — one group with its members (platform admin)
export const GET = apiRoute({ params: ZGroupParams }, async ({ principal, params }) =>
  json(await getGroup(principal, params.group)),
);

// DELETE /api/v1/admin/groups/{group} — delete a group, its memberships and its grants (platform admin)
export const DELETE = apiRoute({ params: ZGroupParams }, async ({ principal, params }) => {
  await deleteGroup(principal, params.group);
  return new Response(null, { status: 204 });
});
