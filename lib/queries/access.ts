// Query keys and fetchers for access management (grants, tokens, who has access) and
// the administration pages (registries, users, groups), shared by server prefetch and
// client components.
import { apiFetch, apiFetchWithEtag } from '@/lib/api-client';
import { api } from '@/lib/routes';
import type { TEffectiveAccess, TGrant, TGrantSubject, TGroup, TToken, TUser } from '@/lib/validation/access';
import type { TPage } from '@/lib/validation/common';
import type { TRegistry } from '@/lib/validation/registry';
import { toSearchParams, type ListParams } from './models';

export const accessKeys = {
  grants: (registry: string) => ['registries', registry, 'grants'] as const,
  tokens: (registry: string) => ['registries', registry, 'tokens'] as const,
  effective: (registry: string, params: ListParams) => ['registries', registry, 'access', params] as const,
  subjects: (registry: string, params: ListParams) => ['registries', registry, 'grant-subjects', params] as const,
};

export const adminKeys = {
  registries: (params: ListParams) => ['registries', 'admin', params] as const,
  users: (params: ListParams) => ['admin', 'users', params] as const,
  allUsers: ['admin', 'users'] as const,
  groups: (params: ListParams) => ['admin', 'groups', params] as const,
  allGroups: ['admin', 'groups'] as const,
  group: (name: string) => ['admin', 'group', name] as const,
};

export const fetchGrants = (registry: string) => apiFetch<{ items: TGrant[] }>(api.grants(registry));
export const fetchTokens = (registry: string) => apiFetch<{ items: TToken[] }>(api.tokens(registry));
export const fetchEffectiveAccess = (registry: string, params: ListParams) =>
  apiFetch<TPage<TEffectiveAccess>>(api.registryAccess(registry, toSearchParams(params)));

export const fetchGrantSubjects = (registry: string, params: ListParams) =>
  apiFetch<{ items: TGrantSubject[] }>(api.grantSubjects(registry, toSearchParams(params)));

export const fetchAdminRegistries = (params: ListParams) =>
  apiFetch<TPage<TRegistry>>(`${api.registries()}?${toSearchParams(params)}`);
export const fetchRegistryWithEtag = (registry: string) => apiFetchWithEtag<TRegistry>(api.registry(registry));
export const fetchUsers = (params: ListParams) => apiFetch<TPage<TUser>>(api.adminUsers(toSearchParams(params)));
export const fetchGroups = (params: ListParams) => apiFetch<TPage<TGroup>>(api.adminGroups(toSearchParams(params)));
export const fetchGroup = (name: string) => apiFetch<TGroup>(api.adminGroup(name));

/** The API query of an admin list view: search text and paging only. */
export function adminListParams(s: { q: string; pageSize: number; cursor: string }): ListParams {
  const p: ListParams = { pageSize: String(s.pageSize) };
  if (s.q) p.q = s.q;
  if (s.cursor) p.cursor = s.cursor;
  return p;
}
