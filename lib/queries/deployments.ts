// Query keys and fetchers for deployments and serving environments, shared by server
// prefetch and client components so that both use the same cache entries.
import { apiErrorOf, apiFetch, apiFetchWithEtag, type WithEtag } from '@/lib/api-client';
import { api } from '@/lib/routes';
import type { TPage } from '@/lib/validation/common';
import type { TDeployment, TServingEnvironment } from '@/lib/validation/deployment';
import { toSearchParams, type ListParams } from './models';

export const deploymentKeys = {
  all: (registry: string) => ['registries', registry, 'deployments'] as const,
  lists: (registry: string) => ['registries', registry, 'deployments', 'list'] as const,
  list: (registry: string, params: ListParams) => ['registries', registry, 'deployments', 'list', params] as const,
  detail: (registry: string, id: string) => ['registries', registry, 'deployments', 'detail', id] as const,
  manifest: (registry: string, id: string) => ['registries', registry, 'deployments', 'manifest', id] as const,
};

export const servingEnvironmentKeys = {
  all: (registry: string) => ['registries', registry, 'serving-environments'] as const,
  list: (registry: string) => ['registries', registry, 'serving-environments', 'list'] as const,
};

/** How many serving environments one request lists; a registry has a handful, not hundreds. */
export const ENVIRONMENTS_PAGE_SIZE = 100;
export const environmentListParams: ListParams = { pageSize: String(ENVIRONMENTS_PAGE_SIZE) };

export const fetchDeployments = (registry: string, params: ListParams) =>
  apiFetch<TPage<TDeployment>>(api.deployments(registry, toSearchParams(params)));

export const fetchDeployment = (registry: string, id: string) =>
  apiFetchWithEtag<TDeployment>(api.deployment(registry, id));

export const fetchServingEnvironments = (registry: string) =>
  apiFetch<TPage<TServingEnvironment>>(api.servingEnvironments(registry, toSearchParams(environmentListParams)));

export const fetchServingEnvironment = (registry: string, name: string) =>
  apiFetchWithEtag<TServingEnvironment>(api.servingEnvironment(registry, name));

/** The InferenceService of a deployment as the API generates it (YAML text). */
export async function fetchManifest(registry: string, id: string): Promise<string> {
  const res = await fetch(api.deploymentManifest(registry, id), {
    headers: { Accept: 'application/yaml' },
    credentials: 'same-origin',
  });
  if (!res.ok) throw await apiErrorOf(res);
  return res.text();
}

export type DeploymentWithEtag = WithEtag<TDeployment>;
