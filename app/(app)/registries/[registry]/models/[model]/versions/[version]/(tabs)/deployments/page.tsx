import { dehydrate, HydrationBoundary } from '@tanstack/react-query';
import { DeploymentsTab } from '@/components/deployments/DeploymentsTab';
import { prefetchDeployments } from '@/lib/server/deployment-pages';
import { loadRegistryPage } from '@/lib/server/pages';
import { getServerQueryClient } from '@/lib/server/query-client';

type Props = {
  params: Promise<{ registry: string; model: string; version: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// /registries/{registry}/models/{model}/versions/{version}/deployments — where this version is deployed
export default async function Page({ params, searchParams }: Props) {
  const p = await params;
  const { principal, registry, role } = await loadRegistryPage(p.registry);
  const model = decodeURIComponent(p.model);
  const version = decodeURIComponent(p.version);
  const queryClient = getServerQueryClient();
  const { admins } = await prefetchDeployments(queryClient, principal, registry, role, await searchParams, {
    model,
    version,
  });
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <DeploymentsTab
        registry={{ id: registry.id, name: registry.name }}
        model={model}
        version={version}
        role={role}
        admins={admins}
      />
    </HydrationBoundary>
  );
}
