// Who is acting. Every service takes a principal first and checks it.
import type { RegistryRole } from '@/lib/roles';

export type UserPrincipal = {
  kind: 'user';
  userId: string;
  username: string;
  displayName: string;
  isPlatformAdmin: boolean;
  /** The groups the user belongs to, read with the user, so a role check is one query. */
  groupIds: string[];
};

/** A service account: an API token bound to one registry and one role. */
export type TokenPrincipal = {
  kind: 'token';
  tokenId: string;
  registryId: string;
  role: RegistryRole;
  /** "token:<name>", the name that appears in the audit trail and as owner/author. */
  username: string;
  displayName: string;
  isPlatformAdmin: false;
};

export type Principal = UserPrincipal | TokenPrincipal;
