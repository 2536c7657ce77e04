import type { Metadata } from 'next';
import { dehydrate, HydrationBoundary } from '@tanstack/react-query';
import { AdminUsersPage } from '@/components/admin/AdminUsersPage';
import { adminKeys } from '@/lib/queries/access';
import { loadAdminPage } from '@/lib/server/admin-pages';
import { getServerQueryClient } from '@/lib/server/query-client';
import { listUsers } from '@/lib/server/services/admin-users';
import { ZUserListQuery } from '@/lib/validation/access';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = { title: 'Users' };

// /admin/users — every account: create, disable, reset password, platform admin role (platform admins)
export default async function Page({ searchParams }: Props) {
  const { principal, params } = await loadAdminPage(searchParams);
  const parsed = ZUserListQuery.safeParse(params);
  const queryClient = getServerQueryClient();
  if (parsed.success) {
    // eslint-disable-next-line @tanstack/query/exhaustive-deps
    await queryClient.prefetchQuery({
      queryKey: adminKeys.users(params),
      queryFn: () => listUsers(principal, parsed.data),
    });
  }
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <AdminUsersPage currentUsername={principal.username} />
    </HydrationBoundary>
  );
}
