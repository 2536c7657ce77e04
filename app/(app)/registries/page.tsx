import type { Metadata } from 'next';
import { dehydrate, HydrationBoundary } from '@tanstack/react-query';
import { RegistriesPage } from '@/components/registries/RegistriesPage';
import { requirePrincipal } from '@/lib/server/auth/require';
import { getServerQueryClient } from '@/lib/server/query-client';
import { listRegistries } from '@/lib/server/services/registries';
import { REGISTRY_LIST_PARAMS, registryListKey, registryPaging } from '@/lib/queries/registries';

export const metadata: Metadata = { title: 'Registries' };

export default async function Page() {
  const principal = await requirePrincipal();
  const queryClient = getServerQueryClient();
  // The server QueryClient lives for this request only, so the key need not name the principal.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  await queryClient.prefetchInfiniteQuery({
    queryKey: registryListKey,
    queryFn: () => listRegistries(principal, { ...REGISTRY_LIST_PARAMS }),
    ...registryPaging,
  });
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <RegistriesPage canCreate={principal.isPlatformAdmin} />
    </HydrationBoundary>
  );
}
