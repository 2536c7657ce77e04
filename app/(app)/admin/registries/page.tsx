import type { Metadata } from 'next';
import { dehydrate, HydrationBoundary } from '@tanstack/react-query';
import { AdminRegistriesPage } from '@/components/admin/AdminRegistriesPage';
import { adminKeys } from '@/lib/queries/access';
import { loadAdminPage } from '@/lib/server/admin-pages';
import { getServerQueryClient } from '@/lib/server/query-client';
import { listRegistries } from '@/lib/server/services/registries';
import { ZRegistryListQuery } from '@/lib/validation/registry';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = { title: 'Registry administration' };

// /admin/registries — every registry: create, edit, delete (platform admins)
export default async function Page({ searchParams }: Props) {
  const { principal, params } = await loadAdminPage(searchParams);
  const apiQuery = { ...params, sort: 'name' };
  const parsed = ZRegistryListQuery.safeParse(apiQuery);
  const queryClient = getServerQueryClient();
  if (parsed.success) {
    // The server QueryClient lives for this request only, so the key need not name the principal.
    // eslint-disable-next-line @tanstack/query/exhaustive-deps
    await queryClient.prefetchQuery({
      queryKey: adminKeys.registries(apiQuery),
      queryFn: () => listRegistries(principal, parsed.data),
    });
  }
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <AdminRegistriesPage />
    </HydrationBoundary>
  );
}
