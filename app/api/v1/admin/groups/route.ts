import { apiRoute, json } from '@/lib/server/api/route';
import { createGroup, listGroups } from '@/lib/server/services/groups';
import { ZGroupCreate, ZGroupListQuery } from '@/lib/validation/access';

// GET /api/v1/admin/groups — groups with their members, searched and paged (platform admin)
export const GET = apiRoute({ query: ZGroupListQuery }, async ({ principal, query }) =>
  json(await listGroups(principal, query)),
);

// POST /api/v1/admin/groups — create a group (platform admin)
export const POST = apiRoute({ body: ZGroupCreate }, async ({ principal, body }) =>
  json(await createGroup(principal, body), { status: 201 }),
);
