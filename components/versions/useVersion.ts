'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { useToast } from '@/components/common/Toasts';
import { ApiError, apiFetch, apiFetchWithEtag } from '@/lib/api-client';
import { fetchVersion, modelKeys, type VersionWithEtag } from '@/lib/queries/models';
import { api } from '@/lib/routes';
import type { TVersion, ZVersionPatch } from '@/lib/validation/model';

export type VersionPatch = z.input<typeof ZVersionPatch>;

export function useVersion(registry: string, model: string, version: string) {
  return useQuery({
    queryKey: modelKeys.version(registry, model, version),
    queryFn: () => fetchVersion(registry, model, version),
  });
}

/** The ETag last read for this version, sent back as If-Match so nobody's change is silently overwritten. */
function useIfMatch(registry: string, model: string, version: string) {
  const queryClient = useQueryClient();
  return (): Record<string, string> => {
    const etag = queryClient.getQueryData<VersionWithEtag>(modelKeys.version(registry, model, version))?.etag;
    return etag ? { 'If-Match': etag } : {};
  };
}

/**
 * A version change also changes its model (last modified, and which version is latest) and
 * every list that shows the version, so those are refreshed too.
 */
function useAfterVersionChange(registry: string, model: string) {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: modelKeys.all(registry), refetchType: 'none' });
    void queryClient.invalidateQueries({ queryKey: modelKeys.detail(registry, model), exact: true });
  };
}

export function usePatchVersion(
  registry: string,
  model: string,
  version: string,
  successMessage?: (v: TVersion) => string,
) {
  const queryClient = useQueryClient();
  const { notify } = useToast();
  const ifMatch = useIfMatch(registry, model, version);
  const afterChange = useAfterVersionChange(registry, model);
  return useMutation({
    mutationFn: (patch: VersionPatch) =>
      apiFetchWithEtag<TVersion>(api.version(registry, model, version), {
        method: 'PATCH',
        json: patch,
        headers: ifMatch(),
      }),
    onSuccess: (saved) => {
      queryClient.setQueryData(modelKeys.version(registry, model, version), saved);
      afterChange();
      if (successMessage) notify({ variant: 'success', title: successMessage(saved.item) });
    },
    onError: (err) => {
      if (err instanceof ApiError && err.status === 412) {
        notify({
          variant: 'warning',
          title: 'Someone else changed this version',
          description: 'It has been reloaded with their change. Apply yours again.',
        });
        void queryClient.invalidateQueries({ queryKey: modelKeys.version(registry, model, version), exact: true });
        return;
      }
      notify({
        variant: 'danger',
        title: 'The change was not saved',
        description: err instanceof Error ? err.message : undefined,
      });
    },
  });
}

/** Hard delete (registry admin). The caller decides where to go afterwards. */
export function useDeleteVersion(registry: string, model: string, version: string, onDeleted: () => void) {
  const queryClient = useQueryClient();
  const { notify } = useToast();
  const ifMatch = useIfMatch(registry, model, version);
  const afterChange = useAfterVersionChange(registry, model);
  return useMutation({
    mutationFn: () => apiFetch<void>(api.version(registry, model, version), { method: 'DELETE', headers: ifMatch() }),
    onSuccess: () => {
      notify({ variant: 'success', title: `Version "${version}" deleted` });
      afterChange();
      onDeleted();
    },
    onError: (err) => {
      const stale = err instanceof ApiError && err.status === 412;
      if (stale) {
        void queryClient.invalidateQueries({ queryKey: modelKeys.version(registry, model, version), exact: true });
      }
      notify({
        variant: 'danger',
        title: 'The version was not deleted',
        description: stale
          ? 'Someone changed it meanwhile; it has been reloaded. Check it and try again.'
          : err.message,
      });
    },
  });
}
