// Helpers for the administration pages: platform admins only (anyone else gets the
// not-found page, so the pages do not announce themselves), with the list view of the
// URL parsed as the API would.
import { notFound } from 'next/navigation';
import { parseListState } from '@/lib/list-state';
import { adminListParams } from '@/lib/queries/access';
import { requirePrincipal } from './auth/require';

type SearchParams = Record<string, string | string[] | undefined>;

export async function loadAdminPage(searchParams?: Promise<SearchParams>) {
  const principal = await requirePrincipal();
  if (!principal.isPlatformAdmin) notFound();
  const state = parseListState(searchParams ? await searchParams : {}, 'name');
  return { principal, params: adminListParams(state) };
}
