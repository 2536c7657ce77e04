import { apiRoute, json } from '@/lib/server/api/route';
import { createGroup, listGroups } from '@/lib/server/services/groups';
import { ZGroupCreate } from '@/lib/validation/access';

// GET /api/v1/admin/groups — every group with its members (platform admin)
export const GET = apiRoute({}, async ({ principal }) => json(await listGroups(principal)));

// POST /api/v1/admin/groups — create a group (platform admin)
export const POST = apiRoute({ body: ZGroupCreate }, async ({ principal, body }) =>
  json(await createGroup(principal, body), { status: 201 }),
);
