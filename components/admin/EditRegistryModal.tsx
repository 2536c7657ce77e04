'use client';

import {
  Alert,
  Form,
  FormGroup,
  FormHelperText,
  HelperText,
  HelperTextItem,
  Modal,
  ModalBody,
  ModalHeader,
  Skeleton,
  TextArea,
  TextInput,
} from '@patternfly/react-core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { FormModal, RequestErrorAlert } from '@/components/common/FormModal';
import { useToast } from '@/components/common/Toasts';
import { ApiError, apiFetchWithEtag } from '@/lib/api-client';
import { fieldErrors, issueErrors, type FieldErrors } from '@/lib/form-errors';
import { fetchRegistryWithEtag } from '@/lib/queries/access';
import { queryKeys } from '@/lib/query-keys';
import { api } from '@/lib/routes';
import { ZRegistryPatch, type TRegistry } from '@/lib/validation/registry';

/** Edits a registry's display name and description with If-Match; a 412 reloads what someone else saved. */
export function EditRegistryModal({ registry, onClose }: { registry: string; onClose: () => void }) {
  const current = useQuery({
    queryKey: ['registries', registry, 'edit'],
    queryFn: () => fetchRegistryWithEtag(registry),
    staleTime: 0,
  });
  // Kept here: the form remounts with the reloaded registry, and the notice must survive that.
  const [wasStale, setWasStale] = useState(false);
  if (current.isPending || current.isError)
    return (
      <Modal isOpen onClose={onClose} variant="small" aria-labelledby="edit-registry-title">
        <ModalHeader title={`Edit ${registry}`} labelId="edit-registry-title" />
        <ModalBody>
          {current.isError ? (
            <Alert variant="danger" isInline title="The registry could not be loaded">
              {current.error.message}
            </Alert>
          ) : (
            <Skeleton height="8rem" screenreaderText="Loading the registry" />
          )}
        </ModalBody>
      </Modal>
    );
  return (
    <EditForm
      key={current.data.etag}
      registry={current.data.item}
      etag={current.data.etag}
      wasStale={wasStale}
      onStale={() => {
        setWasStale(true);
        void current.refetch();
      }}
      onClose={onClose}
    />
  );
}

function EditForm({
  registry,
  etag,
  wasStale,
  onStale,
  onClose,
}: {
  registry: TRegistry;
  etag: string | null;
  wasStale: boolean;
  onStale: () => void;
  onClose: () => void;
}) {
  const queryClient = useQueryClient();
  const { notify } = useToast();
  const [values, setValues] = useState({ displayName: registry.displayName, description: registry.description });
  const [errors, setErrors] = useState<FieldErrors>({});
  const mutation = useMutation({
    mutationFn: (body: typeof values) =>
      apiFetchWithEtag<TRegistry>(api.registry(registry.name), {
        method: 'PATCH',
        json: body,
        headers: etag ? { 'If-Match': etag } : {},
      }),
    onSuccess: ({ item }) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.registries.all });
      notify({ variant: 'success', title: `Registry "${item.displayName}" saved` });
      onClose();
    },
    onError: (err) => {
      if (err instanceof ApiError && err.status === 412) onStale();
      else if (err instanceof ApiError) setErrors(fieldErrors(err.details, 'body'));
    },
  });
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const parsed = ZRegistryPatch.safeParse(values);
    if (!parsed.success) {
      setErrors(issueErrors(parsed.error.issues));
      return;
    }
    setErrors({});
    mutation.mutate(values);
  };
  return (
    <FormModal
      id="edit-registry"
      title={`Edit ${registry.name}`}
      onClose={onClose}
      submitLabel="Save"
      isPending={mutation.isPending}
    >
      <Form id="edit-registry-form" onSubmit={submit} noValidate>
        {wasStale && (
          <Alert variant="warning" isInline title="This registry was changed by someone else">
            Someone else changed it while you were editing. It has been reloaded with their changes; apply yours again.
          </Alert>
        )}
        <RequestErrorAlert title="The registry could not be saved" error={mutation.error} />
        <FormGroup label="Display name" isRequired fieldId="edit-registry-display-name">
          <TextInput
            id="edit-registry-display-name"
            isRequired
            value={values.displayName}
            onChange={(_e, v) => setValues((s) => ({ ...s, displayName: v }))}
            validated={errors.displayName ? 'error' : 'default'}
          />
          {errors.displayName && (
            <FormHelperText>
              <HelperText>
                <HelperTextItem variant="error">{errors.displayName}</HelperTextItem>
              </HelperText>
            </FormHelperText>
          )}
        </FormGroup>
        <FormGroup label="Description" fieldId="edit-registry-description">
          <TextArea
            id="edit-registry-description"
            value={values.description}
            onChange={(_e, v) => setValues((s) => ({ ...s, description: v }))}
            resizeOrientation="vertical"
            validated={errors.description ? 'error' : 'default'}
          />
          {errors.description && (
            <FormHelperText>
              <HelperText>
                <HelperTextItem variant="error">{errors.description}</HelperTextItem>
              </HelperText>
            </FormHelperText>
          )}
        </FormGroup>
      </Form>
    </FormModal>
  );
}
