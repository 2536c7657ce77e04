// Query keys and fetchers for models and versions, shared by server prefetch and
// client components so that both use the same cache entries.
import { apiFetch, apiFetchWithEtag, type WithEtag } from '@/lib/api-client';
import { api } from '@/lib/routes';
import type { TPage } from '@/lib/validation/common';
import type { TModel, TModelSummary, TVersion } from '@/lib/validation/model';

export type ListParams = Record<string, string | string[]>;

export const modelKeys = {
  all: (registry: string) => ['registries', registry, 'models'] as const,
  list: (registry: string, params: ListParams) => ['registries', registry, 'models', 'list', params] as const,
  detail: (registry: string, model: string) => ['registries', registry, 'models', 'detail', model] as const,
  versions: (registry: string, model: string, params: ListParams) =>
    ['registries', registry, 'models', 'detail', model, 'versions', params] as const,
  version: (registry: string, model: string, version: string) =>
    ['registries', registry, 'models', 'detail', model, 'version', version] as const,
};

export function toSearchParams(params: ListParams): URLSearchParams {
  const sp = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    for (const v of Array.isArray(value) ? value : [value]) if (v !== '') sp.append(key, v);
  }
  return sp;
}

export const fetchModels = (registry: string, params: ListParams) =>
  apiFetch<TPage<TModelSummary>>(api.models(registry, toSearchParams(params)));

export const fetchModel = (registry: string, model: string) => apiFetchWithEtag<TModel>(api.model(registry, model));

export const fetchVersions = (registry: string, model: string, params: ListParams) =>
  apiFetch<TPage<TVersion>>(api.versions(registry, model, toSearchParams(params)));

export const fetchVersion = (registry: string, model: string, version: string) =>
  apiFetchWithEtag<TVersion>(api.version(registry, model, version));

export type ModelWithEtag = WithEtag<TModel>;
export type VersionWithEtag = WithEtag<TVersion>;
