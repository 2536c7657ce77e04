import type { Metadata } from 'next';
import { dehydrate, HydrationBoundary } from '@tanstack/react-query';
import { AdminGroupPage } from '@/components/admin/AdminGroupPage';
import { adminKeys } from '@/lib/queries/access';
import { loadAdminPage } from '@/lib/server/admin-pages';
import { orNotFound } from '@/lib/server/pages';
import { getServerQueryClient } from '@/lib/server/query-client';
import { getGroup } from '@/lib/server/services/groups';

type Props = { params: Promise<{ group: string }> };

export const metadata: Metadata = { title: 'Group' };

// /admin/groups/{group} — a group's members (platform admins)
export default async function Page({ params }: Props) {
  const { principal } = await loadAdminPage();
  const name = decodeURIComponent((await params).group);
  const group = await orNotFound(() => getGroup(principal, name));
  const queryClient = getServerQueryClient();
  queryClient.setQueryData(adminKeys.group(group.name), group);
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <AdminGroupPage group={group.name} />
    </HydrationBoundary>
  );
}
