'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useToast } from '@/components/common/Toasts';
import { ApiError, apiFetchWithEtag } from '@/lib/api-client';
import { fetchModel, modelKeys, type ModelWithEtag } from '@/lib/queries/models';
import { api } from '@/lib/routes';
import type { TModel } from '@/lib/validation/model';
import type { z } from 'zod';
import type { ZModelPatch } from '@/lib/validation/model';

export type ModelPatch = z.input<typeof ZModelPatch>;

export function useModel(registry: string, model: string) {
  return useQuery({ queryKey: modelKeys.detail(registry, model), queryFn: () => fetchModel(registry, model) });
}

/** A PATCH sent with the ETag last read, so nobody's change is silently overwritten. */
export function usePatchModel(registry: string, model: string, successMessage?: (m: TModel) => string) {
  const queryClient = useQueryClient();
  const { notify } = useToast();
  return useMutation({
    mutationFn: (patch: ModelPatch) => {
      const current = queryClient.getQueryData<ModelWithEtag>(modelKeys.detail(registry, model));
      return apiFetchWithEtag<TModel>(api.model(registry, model), {
        method: 'PATCH',
        json: patch,
        headers: current?.etag ? { 'If-Match': current.etag } : {},
      });
    },
    onSuccess: (saved) => {
      queryClient.setQueryData(modelKeys.detail(registry, model), saved);
      void queryClient.invalidateQueries({ queryKey: modelKeys.all(registry), refetchType: 'none' });
      if (successMessage) notify({ variant: 'success', title: successMessage(saved.item) });
    },
    onError: (err) => {
      if (err instanceof ApiError && err.status === 412) {
        notify({
          variant: 'warning',
          title: 'Someone else changed this model',
          description: 'It has been reloaded with their change. Apply yours again.',
        });
        void queryClient.invalidateQueries({ queryKey: modelKeys.detail(registry, model) });
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
