// Query options for registries, shared by server prefetch and client components.
import { apiFetch } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import { api } from '@/lib/routes';
import type { TPage } from '@/lib/validation/common';
import type { TRegistry } from '@/lib/validation/registry';

export const REGISTRY_LIST_PARAMS = { pageSize: 100, sort: 'name' } as const;

export function registryListUrl(params: { pageSize: number; sort: string; cursor?: string }): string {
  const sp = new URLSearchParams({ pageSize: String(params.pageSize), sort: params.sort });
  if (params.cursor) sp.set('cursor', params.cursor);
  return `${api.registries()}?${sp}`;
}

/** Key of the paged (infinite) list on the registries page. */
export const registryListKey = queryKeys.registries.pages(REGISTRY_LIST_PARAMS);

export function fetchRegistryPage(cursor?: string): Promise<TPage<TRegistry>> {
  return apiFetch<TPage<TRegistry>>(registryListUrl({ ...REGISTRY_LIST_PARAMS, cursor }));
}

/** Paging settings shared by the server prefetch and the client's infinite query. */
export const registryPaging = {
  initialPageParam: undefined as string | undefined,
  getNextPageParam: (last: TPage<TRegistry>) => last.nextCursor ?? undefined,
};

const MENU_PARAMS = { pageSize: 100, sort: 'name' } as const;

/** The registries of the shell's selector (first 100 by name), each with the caller's role. */
export const registryMenuQuery = {
  queryKey: queryKeys.registries.list(MENU_PARAMS),
  queryFn: () => apiFetch<TPage<TRegistry>>(`${api.registries()}?pageSize=${MENU_PARAMS.pageSize}&sort=name`),
};

/** One registry (with the caller's role), for when it is not among the selector's. */
export const registryQuery = (registry: string) => ({
  queryKey: queryKeys.registries.one(registry),
  queryFn: () => apiFetch<TRegistry>(api.registry(registry)),
});
