'use client';

import { Alert, Checkbox, Form, FormGroup, TextInput } from '@patternfly/react-core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { FormModal } from '@/components/common/FormModal';
import { useToast } from '@/components/common/Toasts';
import { ApiError, apiFetch } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import { api } from '@/lib/routes';
import type { TRegistry } from '@/lib/validation/registry';

function modelsInConflict(err: unknown): number | null {
  if (!(err instanceof ApiError) || err.status !== 409) return null;
  const d = err.details;
  return typeof d === 'object' && d !== null && 'models' in d && typeof d.models === 'number' ? d.models : null;
}

/**
 * Deletes a registry once its name is typed. One that holds models needs "delete
 * everything in it" ticked (force=true); the API's 409 (deployments, or models added
 * meanwhile) is shown as it says it.
 */
export function DeleteRegistryModal({ registry, onClose }: { registry: TRegistry; onClose: () => void }) {
  const queryClient = useQueryClient();
  const { notify } = useToast();
  const [typed, setTyped] = useState('');
  const [force, setForce] = useState(false);
  const [models, setModels] = useState(registry.modelCount);
  const nameTyped = typed === registry.name;
  const mutation = useMutation({
    mutationFn: () =>
      apiFetch<void>(`${api.registry(registry.name)}${force ? '?force=true' : ''}`, { method: 'DELETE' }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.registries.all });
      notify({ variant: 'success', title: `Registry "${registry.displayName}" deleted` });
      onClose();
    },
    onError: (err) => {
      const count = modelsInConflict(err);
      if (count !== null) setModels(count);
    },
  });
  const ready = nameTyped && (models === 0 || force);
  return (
    <FormModal
      id="delete-registry"
      title={`Delete ${registry.name}?`}
      titleIconVariant="warning"
      onClose={onClose}
      submitLabel="Delete registry"
      submitVariant="danger"
      isPending={mutation.isPending}
      isSubmitDisabled={!ready || mutation.isPending}
    >
      <Form
        id="delete-registry-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (ready) mutation.mutate();
        }}
      >
        <p>
          The registry <strong>{registry.displayName}</strong>, its grants and its API tokens are deleted for good.
        </p>
        {models > 0 && (
          <Alert variant="warning" isInline title={`It still holds ${models} model${models === 1 ? '' : 's'}`}>
            A registry with models is only deleted together with everything in it: every model, version and artifact
            record. Type its name, then choose to delete everything.
          </Alert>
        )}
        {mutation.isError && modelsInConflict(mutation.error) === null && (
          <Alert variant="danger" isInline title="The registry could not be deleted">
            {mutation.error.message}
          </Alert>
        )}
        <FormGroup label={`Type "${registry.name}" to confirm`} fieldId="delete-registry-confirm">
          <TextInput id="delete-registry-confirm" value={typed} onChange={(_e, v) => setTyped(v)} autoComplete="off" />
        </FormGroup>
        {models > 0 && nameTyped && (
          <Checkbox
            id="delete-registry-force"
            label={`Delete everything in it (${models} model${models === 1 ? '' : 's'} with their versions)`}
            isChecked={force}
            onChange={(_e, checked) => setForce(checked)}
          />
        )}
      </Form>
    </FormModal>
  );
}
