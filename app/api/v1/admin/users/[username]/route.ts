import { apiRoute, json } from '@/lib/server/api/route';
import { adminUpdateUser } from '@/lib/server/services/admin-users';
import { ZUserParams, ZUserPatch } from '@/lib/validation/access';

// PATCH /api/v1/admin/users/{username} — disable, reset the password, promote or edit an account (platform admin)
export const PATCH = apiRoute({ params: ZUserParams, body: ZUserPatch }, async ({ principal, params, body }) =>
  json(await adminUpdateUser(principal, params.username, body)),
);
