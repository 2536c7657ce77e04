import type { Metadata } from 'next';
import { dehydrate, HydrationBoundary } from '@tanstack/react-query';
import { ServingEnvironmentsPage } from '@/components/deployments/ServingEnvironmentsPage';
import { RememberRegistry } from '@/components/models/RememberRegistry';
import { prefetchServingEnvironments } from '@/lib/server/deployment-pages';
import { loadRegistryPage } from '@/lib/server/pages';
import { getServerQueryClient } from '@/lib/server/query-client';

type Props = { params: Promise<{ registry: string }> };

export const metadata: Metadata = { title: 'Serving environments' };

// /registries/{registry}/settings/serving-environments — where models can be deployed (registry admins)
export default async function Page({ params }: Props) {
  const { principal, registry, can } = await loadRegistryPage((await params).registry);
  const queryClient = getServerQueryClient();
  if (can('admin')) await prefetchServingEnvironments(queryClient, principal, registry.name);
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <RememberRegistry registry={registry.name} />
      <ServingEnvironmentsPage
        registry={registry.name}
        registryDisplayName={registry.displayName}
        isAdmin={can('admin')}
      />
    </HydrationBoundary>
  );
}
