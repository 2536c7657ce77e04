import type { Metadata } from 'next';
import { dehydrate, HydrationBoundary } from '@tanstack/react-query';
import { ModelsPage, MODELS_DEFAULT_SORT } from '@/components/models/ModelsPage';
import { RememberRegistry } from '@/components/models/RememberRegistry';
import { apiParams, parseListState } from '@/lib/list-state';
import { modelKeys } from '@/lib/queries/models';
import { loadRegistryPage } from '@/lib/server/pages';
import { getServerQueryClient } from '@/lib/server/query-client';
import { listModels } from '@/lib/server/services/models';
import { ZModelListQuery } from '@/lib/validation/model';

type Props = {
  params: Promise<{ registry: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const metadata: Metadata = { title: 'Models' };

export default async function Page({ params, searchParams }: Props) {
  const { principal, registry, can } = await loadRegistryPage((await params).registry);
  const apiQuery = apiParams(parseListState(await searchParams, MODELS_DEFAULT_SORT), 'owner');
  const queryClient = getServerQueryClient();
  const parsed = ZModelListQuery.safeParse(apiQuery);
  if (parsed.success) {
    // A bad URL (e.g. a mangled cursor) is left to the client, which shows the API's message.
    // The server QueryClient lives for this request only, so the key need not name the principal.
    // eslint-disable-next-line @tanstack/query/exhaustive-deps
    await queryClient.prefetchQuery({
      queryKey: modelKeys.list(registry.name, apiQuery),
      queryFn: () => listModels(principal, registry.name, parsed.data),
    });
  }
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <RememberRegistry registry={registry.name} />
      <ModelsPage
        registry={registry.name}
        registryDisplayName={registry.displayName}
        canRegister={can('contributor')}
      />
    </HydrationBoundary>
  );
}
