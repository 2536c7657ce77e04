'use client';

import {
  Form,
  FormGroup,
  FormHelperText,
  HelperText,
  HelperTextItem,
  TextArea,
  TextInput,
} from '@patternfly/react-core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { FormModal, RequestErrorAlert } from '@/components/common/FormModal';
import { useToast } from '@/components/common/Toasts';
import { ApiError, apiFetch } from '@/lib/api-client';
import { fieldErrors, issueErrors, type FieldErrors } from '@/lib/form-errors';
import { queryKeys } from '@/lib/query-keys';
import { api } from '@/lib/routes';
import { ZRegistryCreate, type TRegistry } from '@/lib/validation/registry';

type Field = 'name' | 'displayName' | 'description';

export function CreateRegistryModal({ onClose }: { onClose: () => void }) {
  const queryClient = useQueryClient();
  const { notify } = useToast();
  const [values, setValues] = useState({ name: '', displayName: '', description: '' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const mutation = useMutation({
    mutationFn: (body: typeof values) => apiFetch<TRegistry>(api.registries(), { method: 'POST', json: body }),
    onSuccess: (registry) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.registries.all });
      notify({ variant: 'success', title: `Registry "${registry.displayName}" created` });
      onClose();
    },
    onError: (err) => {
      if (err instanceof ApiError && err.code === 'conflict') setErrors({ name: err.message });
      else if (err instanceof ApiError) setErrors(fieldErrors(err.details, 'body'));
    },
  });

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const parsed = ZRegistryCreate.safeParse(values);
    if (!parsed.success) {
      setErrors(issueErrors(parsed.error.issues));
      return;
    }
    setErrors({});
    mutation.mutate(values);
  };

  const set = (field: Field) => (_e: unknown, value: string) => setValues((v) => ({ ...v, [field]: value }));
  const helper = (field: Field, hint?: string) => (
    <FormHelperText>
      <HelperText>
        {errors[field] ? (
          <HelperTextItem variant="error">{errors[field]}</HelperTextItem>
        ) : hint ? (
          <HelperTextItem>{hint}</HelperTextItem>
        ) : null}
      </HelperText>
    </FormHelperText>
  );

  return (
    <FormModal
      id="create-registry"
      title="Create registry"
      onClose={onClose}
      submitLabel="Create"
      isPending={mutation.isPending}
    >
      <Form id="create-registry-form" onSubmit={submit} noValidate>
        <RequestErrorAlert title="The registry could not be created" error={mutation.error} />
        <FormGroup label="Name" isRequired fieldId="registry-name">
          <TextInput
            id="registry-name"
            isRequired
            value={values.name}
            onChange={set('name')}
            validated={errors.name ? 'error' : 'default'}
          />
          {helper('name', 'Used in URLs: lowercase letters, digits and hyphens. It cannot be changed later.')}
        </FormGroup>
        <FormGroup label="Display name" isRequired fieldId="registry-display-name">
          <TextInput
            id="registry-display-name"
            isRequired
            value={values.displayName}
            onChange={set('displayName')}
            validated={errors.displayName ? 'error' : 'default'}
          />
          {helper('displayName')}
        </FormGroup>
        <FormGroup label="Description" fieldId="registry-description">
          <TextArea
            id="registry-description"
            value={values.description}
            onChange={set('description')}
            resizeOrientation="vertical"
            validated={errors.description ? 'error' : 'default'}
          />
          {helper('description')}
        </FormGroup>
      </Form>
    </FormModal>
  );
}
