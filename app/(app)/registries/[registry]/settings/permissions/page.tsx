import type { Metadata } from 'next';
import { dehydrate, HydrationBoundary } from '@tanstack/react-query';
import { PermissionsPage } from '@/components/settings/PermissionsPage';
import { permissionsTab } from '@/components/settings/permissions-tabs';
import { NeedsRegistryAdmin } from '@/components/settings/SettingsHeader';
import { accessKeys } from '@/lib/queries/access';
import { loadRegistryPage } from '@/lib/server/pages';
import { getServerQueryClient } from '@/lib/server/query-client';
import { listGrants } from '@/lib/server/services/grants';
import { listTokens } from '@/lib/server/services/tokens';

type Props = {
  params: Promise<{ registry: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const metadata: Metadata = { title: 'Permissions' };

// /registries/{registry}/settings/permissions?tab=users|groups|tokens|access — who may use the registry (registry admins)
export default async function Page({ params, searchParams }: Props) {
  const { principal, registry, can } = await loadRegistryPage((await params).registry);
  if (!can('admin')) return <NeedsRegistryAdmin registry={registry.name} />;
  const tab = permissionsTab((await searchParams).tab);
  const queryClient = getServerQueryClient();
  // The server QueryClient lives for this request only, so the keys need not name the principal.
  if (tab === 'tokens') {
    // eslint-disable-next-line @tanstack/query/exhaustive-deps
    await queryClient.prefetchQuery({
      queryKey: accessKeys.tokens(registry.name),
      queryFn: () => listTokens(principal, registry.name),
    });
  } else if (tab !== 'access') {
    // eslint-disable-next-line @tanstack/query/exhaustive-deps
    await queryClient.prefetchQuery({
      queryKey: accessKeys.grants(registry.name),
      queryFn: () => listGrants(principal, registry.name),
    });
  }
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <PermissionsPage registry={registry.name} />
    </HydrationBoundary>
  );
}
