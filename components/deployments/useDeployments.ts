'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useToast } from '@/components/common/Toasts';
import { ApiError, apiFetch, apiFetchWithEtag } from '@/lib/api-client';
import { deploymentKeys, servingEnvironmentKeys, type DeploymentWithEtag } from '@/lib/queries/deployments';
import { modelKeys } from '@/lib/queries/models';
import { api } from '@/lib/routes';
import type { TDeployment, TDeploymentCreate, TDeploymentPatch } from '@/lib/validation/deployment';

/**
 * A deployment change also changes the active-deployment counts that guard archiving its
 * model and version, and those of its environment, so all of them are refreshed.
 */
export function useAfterDeploymentChange(registry: string) {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: deploymentKeys.all(registry) });
    void queryClient.invalidateQueries({ queryKey: modelKeys.all(registry) });
    void queryClient.invalidateQueries({ queryKey: servingEnvironmentKeys.all(registry) });
  };
}

export function useCreateDeployment(registry: string) {
  const afterChange = useAfterDeploymentChange(registry);
  const { notify } = useToast();
  return useMutation({
    mutationFn: (body: TDeploymentCreate) =>
      apiFetch<TDeployment>(api.deployments(registry), { method: 'POST', json: body }),
    onSuccess: (d) => {
      afterChange();
      notify({
        variant: 'success',
        title: `Deployment "${d.name}" created`,
        description: `${d.model} ${d.version} on ${d.environment.name}.`,
      });
    },
  });
}

/**
 * A PATCH sent with the ETag last read for this deployment (when the caller has it), so a
 * change made by someone else meanwhile is not silently overwritten.
 */
export function usePatchDeployment(registry: string, successMessage: (d: TDeployment) => string) {
  const queryClient = useQueryClient();
  const afterChange = useAfterDeploymentChange(registry);
  const { notify } = useToast();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: TDeploymentPatch }) => {
      const etag = queryClient.getQueryData<DeploymentWithEtag>(deploymentKeys.detail(registry, id))?.etag;
      return apiFetchWithEtag<TDeployment>(api.deployment(registry, id), {
        method: 'PATCH',
        json: patch,
        headers: etag ? { 'If-Match': etag } : {},
      });
    },
    onSuccess: (saved) => {
      queryClient.setQueryData(deploymentKeys.detail(registry, saved.item.id), saved);
      afterChange();
      const d = saved.item;
      // Saved, but the cluster refused: say so with its message rather than report success.
      if (d.status.phase === 'FAILED') {
        notify({
          variant: 'warning',
          title: `Deployment "${d.name}" was saved, but the cluster refused it`,
          description: d.status.message ?? undefined,
        });
      } else {
        notify({ variant: 'success', title: successMessage(d) });
      }
    },
    onError: (err, { id }) => {
      const stale = err instanceof ApiError && err.status === 412;
      if (stale) void queryClient.invalidateQueries({ queryKey: deploymentKeys.detail(registry, id) });
      notify({
        variant: 'danger',
        title: 'The deployment was not changed',
        description: stale
          ? 'Someone changed it meanwhile; it has been reloaded. Check it and try again.'
          : err.message,
      });
    },
  });
}

export function useDeleteDeployment(registry: string) {
  const queryClient = useQueryClient();
  const afterChange = useAfterDeploymentChange(registry);
  const { notify } = useToast();
  return useMutation({
    mutationFn: (d: TDeployment) => apiFetch<void>(api.deployment(registry, d.id), { method: 'DELETE' }),
    onSuccess: (_r, d) => {
      queryClient.removeQueries({ queryKey: deploymentKeys.detail(registry, d.id) });
      afterChange();
      notify({ variant: 'success', title: `Deployment "${d.name}" deleted` });
    },
    onError: (err) => notify({ variant: 'danger', title: 'The deployment was not deleted', description: err.message }),
  });
}
