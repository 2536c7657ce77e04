import type { Metadata } from 'next';
import { dehydrate, HydrationBoundary } from '@tanstack/react-query';
import { DeploymentsPage } from '@/components/deployments/DeploymentsPage';
import { RememberRegistry } from '@/components/models/RememberRegistry';
import { prefetchDeployments } from '@/lib/server/deployment-pages';
import { loadRegistryPage } from '@/lib/server/pages';
import { getServerQueryClient } from '@/lib/server/query-client';

type Props = {
  params: Promise<{ registry: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const metadata: Metadata = { title: 'Deployments' };

// /registries/{registry}/deployments — every deployment of the registry, with filters and status
export default async function Page({ params, searchParams }: Props) {
  const { principal, registry, role } = await loadRegistryPage((await params).registry);
  const queryClient = getServerQueryClient();
  const { admins } = await prefetchDeployments(queryClient, principal, registry, role, await searchParams);
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <RememberRegistry registry={registry.name} />
      <DeploymentsPage
        registry={registry.name}
        registryDisplayName={registry.displayName}
        role={role}
        admins={admins}
      />
    </HydrationBoundary>
  );
}
