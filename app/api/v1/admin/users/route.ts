import { apiRoute, json } from '@/lib/server/api/route';
import { adminCreateUser, listUsers } from '@/lib/server/services/admin-users';
import { ZUserCreate, ZUserListQuery } from '@/lib/validation/access';

// GET /api/v1/admin/users — accounts with their groups, searched and paged (platform admin)
export const GET = apiRoute({ query: ZUserListQuery }, async ({ principal, query }) =>
  json(await listUsers(principal, query)),
);

// POST /api/v1/admin/users — create a local account (platform admin)
export const POST = apiRoute({ body: ZUserCreate }, async ({ principal, body }) =>
  json(await adminCreateUser(principal, body), { status: 201 }),
);
