import type { Metadata } from 'next';
import { dehydrate, HydrationBoundary } from '@tanstack/react-query';
import { AdminGroupsPage } from '@/components/admin/AdminGroupsPage';
import { adminKeys } from '@/lib/queries/access';
import { loadAdminPage } from '@/lib/server/admin-pages';
import { getServerQueryClient } from '@/lib/server/query-client';
import { listGroups } from '@/lib/server/services/groups';
import { ZGroupListQuery } from '@/lib/validation/access';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = { title: 'Groups' };

// /admin/groups — groups of users (platform admins)
export default async function Page({ searchParams }: Props) {
  const { principal, params } = await loadAdminPage(searchParams);
  const parsed = ZGroupListQuery.safeParse(params);
  const queryClient = getServerQueryClient();
  if (parsed.success) {
    // eslint-disable-next-line @tanstack/query/exhaustive-deps
    await queryClient.prefetchQuery({
      queryKey: adminKeys.groups(params),
      queryFn: () => listGroups(principal, parsed.data),
    });
  }
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <AdminGroupsPage />
    </HydrationBoundary>
  );
}
