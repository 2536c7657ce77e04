import { apiRoute, json } from '@/lib/server/api/route';
import { adminCreateUser, listUsers } from '@/lib/server/services/admin-users';
import { ZUserCreate } from '@/lib/validation/access';

// GET /api/v1/admin/users — every account with its groups (platform admin)
export const GET = apiRoute({}, async ({ principal }) => json(await listUsers(principal)));

// POST /api/v1/admin/users — create a local account (platform admin)
export const POST = apiRoute({ body: ZUserCreate }, async ({ principal, body }) =>
  json(await adminCreateUser(principal, body), { status: 201 }),
);
