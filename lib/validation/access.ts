// Access: grants of a registry role to a user, a group or all signed-in users, and API
// tokens (service accounts) bound to one registry and one role.
import { z } from 'zod';
import { ZPageQuery } from './common';
import { ZRegistryParams } from './model';

export const ZRole = z.enum(['viewer', 'contributor', 'admin']).describe('viewer < contributor < admin');
export const ZSubjectType = z.enum(['user', 'group', 'all']);

export const ZGrantCreate = z
  .strictObject({
    subjectType: ZSubjectType,
    subject: z
      .string()
      .trim()
      .max(128, 'Use at most 128 characters.')
      .optional()
      .describe('Username or group name; "*" or omitted for all signed-in users.'),
    role: ZRole,
  })
  .superRefine((v, ctx) => {
    if (v.subjectType !== 'all' && !v.subject)
      ctx.addIssue({ code: 'custom', path: ['subject'], message: 'Name the user or group to grant the role to.' });
    if (v.subjectType === 'all' && v.subject && v.subject !== '*')
      ctx.addIssue({ code: 'custom', path: ['subject'], message: 'A grant to all signed-in users has subject "*".' });
  })
  .meta({ id: 'GrantCreate' });
export type TGrantCreate = z.infer<typeof ZGrantCreate>;

export const ZGrantPatch = z.strictObject({ role: ZRole }).meta({ id: 'GrantPatch' });
export type TGrantPatch = z.infer<typeof ZGrantPatch>;

export const ZGrant = z
  .object({
    id: z.string(),
    subjectType: ZSubjectType,
    subject: z.string().describe('Username, group name, or "*" for all signed-in users.'),
    role: ZRole,
    createdBy: z.string(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'Grant' });
export type TGrant = z.infer<typeof ZGrant>;

export const ZIdParams = ZRegistryParams.extend({ id: z.string().min(1).max(200) });

export const ZTokenCreate = z
  .strictObject({
    name: z.string().trim().min(1, 'Enter a name.').max(128, 'Use at most 128 characters.'),
    role: ZRole,
    expiresAt: z.iso
      .datetime({ offset: true, error: 'Use an ISO 8601 date and time, e.g. 2030-01-31T00:00:00Z.' })
      .nullable()
      .optional()
      .describe('When the token stops working; omitted or null: never.'),
  })
  .meta({ id: 'TokenCreate' });
export type TTokenCreate = z.infer<typeof ZTokenCreate>;

export const ZToken = z
  .object({
    id: z.string(),
    name: z.string(),
    role: ZRole,
    prefix: z.string().describe('The first characters of the secret, to recognise it.'),
    expiresAt: z.iso.datetime().nullable(),
    lastUsedAt: z.iso.datetime().nullable().describe('Updated at most once a minute.'),
    revokedAt: z.iso.datetime().nullable(),
    createdBy: z.string(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'Token' });
export type TToken = z.infer<typeof ZToken>;

export const ZTokenCreated = ZToken.extend({
  token: z.string().describe('The secret; shown only in this response. Send it as "Authorization: Bearer <token>".'),
}).meta({ id: 'TokenCreated' });
export type TTokenCreated = z.infer<typeof ZTokenCreated>;

export const ZUsername = z
  .string()
  .trim()
  .min(1, 'Enter a username.')
  .max(128, 'Use at most 128 characters.')
  .regex(/^[A-Za-z0-9._@-]+$/, 'Use letters, digits and . _ @ - only.');
const ZPassword = z.string().min(8, 'Use at least 8 characters.').max(1024, 'Use at most 1024 characters.');
const ZEmail = z.email('Enter a valid email address.').max(320).nullable();

export const ZUserCreate = z
  .strictObject({
    username: ZUsername,
    password: ZPassword,
    displayName: z.string().trim().min(1).max(128).optional(),
    email: ZEmail.optional(),
    isPlatformAdmin: z.boolean().optional(),
  })
  .meta({ id: 'UserCreate' });
export type TUserCreate = z.infer<typeof ZUserCreate>;

export const ZUserPatch = z
  .strictObject({
    disabled: z.boolean().optional(),
    password: ZPassword.optional(),
    isPlatformAdmin: z.boolean().optional(),
    displayName: z.string().trim().min(1).max(128).optional(),
    email: ZEmail.optional(),
  })
  .meta({ id: 'UserPatch' });
export type TUserPatch = z.infer<typeof ZUserPatch>;

export const ZUser = z
  .object({
    id: z.string(),
    username: z.string(),
    displayName: z.string(),
    email: z.string().nullable(),
    isPlatformAdmin: z.boolean(),
    disabled: z.boolean(),
    authProvider: z.string().describe('"local" (password) or the identity provider, e.g. "oidc".'),
    groups: z.array(z.string()),
    lastSignInAt: z.iso.datetime().nullable().describe('The last successful sign-in; null: never.'),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'User' });
export type TUser = z.infer<typeof ZUser>;

const ZSearchText = z.string().trim().max(200, 'Use at most 200 characters.').optional();

export const ZUserListQuery = ZPageQuery.extend({
  q: ZSearchText.describe('Matches username, display name or email.'),
});
export type TUserListQuery = z.infer<typeof ZUserListQuery>;

export const ZGroupListQuery = ZPageQuery.extend({
  q: ZSearchText.describe('Matches the group name or description.'),
});
export type TGroupListQuery = z.infer<typeof ZGroupListQuery>;

export const ZUserParams = z.object({ username: z.string().min(1).max(128) });

export const ZGroupName = z
  .string()
  .trim()
  .min(1, 'Enter a name.')
  .max(128, 'Use at most 128 characters.')
  .regex(/^[^/\u0000-\u001f]+$/, 'Use no "/" or control characters.');

export const ZGroupCreate = z
  .strictObject({ name: ZGroupName, description: z.string().max(10_000).default('') })
  .meta({ id: 'GroupCreate' });
export type TGroupCreate = z.infer<typeof ZGroupCreate>;

export const ZGroup = z
  .object({
    id: z.string(),
    name: z.string(),
    description: z.string(),
    members: z.array(z.string()).describe('Usernames.'),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'Group' });
export type TGroup = z.infer<typeof ZGroup>;

export const ZGroupParams = z.object({ group: z.string().min(1).max(128) });
export const ZMemberParams = ZGroupParams.extend({ username: z.string().min(1).max(128) });
export const ZMemberAdd = z.strictObject({ username: z.string().trim().min(1).max(128) }).meta({ id: 'MemberAdd' });

export const ZAccessListQuery = ZPageQuery.omit({ order: true }).extend({
  q: ZSearchText.describe('Matches username or display name.'),
});
export type TAccessListQuery = z.infer<typeof ZAccessListQuery>;

export const ZAccessSource = z.object({
  subjectType: z.enum(['user', 'group', 'all', 'platform-admin']),
  subject: z.string().describe('Username, group name, "*" (all signed-in users) or the username (platform admin).'),
  role: ZRole,
});

export const ZEffectiveAccess = z
  .object({
    username: z.string(),
    displayName: z.string(),
    role: ZRole.describe('The highest role reaching the user.'),
    sources: z.array(ZAccessSource).describe('Every grant (or the platform admin role) that reaches the user.'),
  })
  .meta({ id: 'EffectiveAccess' });
export type TEffectiveAccess = z.infer<typeof ZEffectiveAccess>;

export const ZGrantSubjectQuery = z.object({
  type: z.enum(['user', 'group'], { error: 'Use type "user" or "group".' }).default('user'),
  q: ZSearchText.describe('Matches the username and display name (users) or the name and description (groups).'),
});
export type TGrantSubjectQuery = z.infer<typeof ZGrantSubjectQuery>;

export const ZGrantSubject = z
  .object({
    subject: z.string().describe('The username or group name to grant a role to.'),
    label: z.string().describe('Display name (users) or description (groups); may be empty.'),
  })
  .meta({ id: 'GrantSubject' });
export type TGrantSubject = z.infer<typeof ZGrantSubject>;
