// What the deployments pages (a registry's, a model's and a version's tab) load on the
// server: the first page of deployments and the serving environments, prefetched into the
// same cache entries the client uses, and the registry admins to name when there is no
// environment yet.
import type { QueryClient } from '@tanstack/react-query';
import { deploymentApiParams, parseDeploymentListState } from '@/lib/list-state';
import { deploymentKeys, environmentListParams, servingEnvironmentKeys } from '@/lib/queries/deployments';
import type { RegistryRole } from '@/lib/roles';
import { ZDeploymentListQuery, ZServingEnvironmentListQuery } from '@/lib/validation/deployment';
import type { Principal } from './auth/principal';
import { listDeployments } from './services/deployments';
import { registryAdminNames } from './services/grants';
import { listServingEnvironments } from './services/serving-environments';

type SearchParams = Record<string, string | string[] | undefined>;

/** Prefetches the serving environments (the Deploy action and the empty states depend on them). */
export async function prefetchServingEnvironments(queryClient: QueryClient, principal: Principal, registry: string) {
  // The server QueryClient lives for this request only, so the key need not name the principal.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  await queryClient.prefetchQuery({
    queryKey: servingEnvironmentKeys.list(registry),
    queryFn: () =>
      listServingEnvironments(principal, registry, ZServingEnvironmentListQuery.parse(environmentListParams)),
  });
}

export async function prefetchDeployments(
  queryClient: QueryClient,
  principal: Principal,
  registry: { id: string; name: string },
  role: RegistryRole,
  searchParams: SearchParams,
  scope: { model?: string; version?: string } = {},
): Promise<{ admins: string[] }> {
  const apiQuery = deploymentApiParams(parseDeploymentListState(searchParams), scope);
  const parsed = ZDeploymentListQuery.safeParse(apiQuery);
  const [admins] = await Promise.all([
    role === 'admin' ? [] : registryAdminNames(registry.id),
    prefetchServingEnvironments(queryClient, principal, registry.name),
    // A bad URL (a mangled cursor, say) is left to the client, which shows the API's message.
    parsed.success &&
      // eslint-disable-next-line @tanstack/query/exhaustive-deps
      queryClient.prefetchQuery({
        queryKey: deploymentKeys.list(registry.name, apiQuery),
        queryFn: () => listDeployments(principal, registry.name, parsed.data),
      }),
  ]);
  return { admins };
}
