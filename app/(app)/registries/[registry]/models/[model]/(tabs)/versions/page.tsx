import { dehydrate, HydrationBoundary } from '@tanstack/react-query';
import { VersionsTab, VERSIONS_DEFAULT_SORT } from '@/components/models/VersionsTab';
import { apiParams, parseListState } from '@/lib/list-state';
import { modelKeys } from '@/lib/queries/models';
import { loadRegistryPage, orNotFound } from '@/lib/server/pages';
import { getServerQueryClient } from '@/lib/server/query-client';
import { getModel } from '@/lib/server/services/models';
import { listVersions } from '@/lib/server/services/versions';
import { ZVersionListQuery } from '@/lib/validation/model';

type Props = {
  params: Promise<{ registry: string; model: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// /registries/{registry}/models/{model}/versions — the versions of a model, searchable and paged
export default async function Page({ params, searchParams }: Props) {
  const p = await params;
  const { principal, registry } = await loadRegistryPage(p.registry);
  const modelName = decodeURIComponent(p.model);
  const { model } = await orNotFound(() => getModel(principal, registry.name, modelName));
  const apiQuery = apiParams(parseListState(await searchParams, VERSIONS_DEFAULT_SORT), 'author');
  const parsed = ZVersionListQuery.safeParse(apiQuery);
  const queryClient = getServerQueryClient();
  if (parsed.success) {
    // The server QueryClient lives for this request only, so the key need not name the principal.
    // eslint-disable-next-line @tanstack/query/exhaustive-deps
    await queryClient.prefetchQuery({
      queryKey: modelKeys.versions(registry.name, model.name, apiQuery),
      queryFn: () => listVersions(principal, registry.name, model.name, parsed.data),
    });
  }
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <VersionsTab registry={registry.name} model={model.name} />
    </HydrationBoundary>
  );
}
