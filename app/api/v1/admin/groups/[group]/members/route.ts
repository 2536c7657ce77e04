import { apiRoute, json } from '@/lib/server/api/route';
import { addGroupMember } from '@/lib/server/services/groups';
import { ZGroupParams, ZMemberAdd } from '@/lib/validation/access';

// POST /api/v1/admin/groups/{group}/members — add a user to a group (platform admin)
export const POST = apiRoute({ params: ZGroupParams, body: ZMemberAdd }, async ({ principal, params, body }) =>
  json(await addGroupMember(principal, params.group, body.username)),
);
