'use client';

import {
  Checkbox,
  Form,
  FormGroup,
  FormHelperText,
  HelperText,
  HelperTextItem,
  TextInput,
} from '@patternfly/react-core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { FormModal, RequestErrorAlert } from '@/components/common/FormModal';
import { useToast } from '@/components/common/Toasts';
import { ApiError, apiFetch } from '@/lib/api-client';
import { fieldErrors, issueErrors, type FieldErrors } from '@/lib/form-errors';
import { adminKeys } from '@/lib/queries/access';
import { api } from '@/lib/routes';
import { ZUserCreate, type TUser } from '@/lib/validation/access';

type Values = { username: string; displayName: string; email: string; password: string; isPlatformAdmin: boolean };

export function FieldError({ message }: { message?: string }) {
  if (!message) return null;
  return (
    <FormHelperText>
      <HelperText>
        <HelperTextItem variant="error">{message}</HelperTextItem>
      </HelperText>
    </FormHelperText>
  );
}

/** Creates a local account: username, display name, email and an initial password. */
export function CreateUserModal({ onClose }: { onClose: () => void }) {
  const queryClient = useQueryClient();
  const { notify } = useToast();
  const [values, setValues] = useState<Values>({
    username: '',
    displayName: '',
    email: '',
    password: '',
    isPlatformAdmin: false,
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const body = () => ({
    username: values.username,
    password: values.password,
    ...(values.displayName.trim() ? { displayName: values.displayName } : {}),
    ...(values.email.trim() ? { email: values.email.trim() } : {}),
    isPlatformAdmin: values.isPlatformAdmin,
  });
  const mutation = useMutation({
    mutationFn: () => apiFetch<TUser>(api.adminUsers(), { method: 'POST', json: body() }),
    onSuccess: (user) => {
      void queryClient.invalidateQueries({ queryKey: adminKeys.allUsers });
      notify({ variant: 'success', title: `User "${user.username}" created` });
      onClose();
    },
    onError: (err) => {
      if (err instanceof ApiError && err.code === 'conflict') setErrors({ username: err.message });
      else if (err instanceof ApiError) setErrors(fieldErrors(err.details, 'body'));
    },
  });
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const parsed = ZUserCreate.safeParse(body());
    if (!parsed.success) {
      setErrors(issueErrors(parsed.error.issues));
      return;
    }
    setErrors({});
    mutation.mutate();
  };
  const text = (field: 'username' | 'displayName' | 'email' | 'password', label: string, required = false) => (
    <FormGroup label={label} isRequired={required} fieldId={`user-${field}`}>
      <TextInput
        id={`user-${field}`}
        type={field === 'password' ? 'password' : field === 'email' ? 'email' : 'text'}
        isRequired={required}
        autoComplete={field === 'password' ? 'new-password' : 'off'}
        value={values[field]}
        onChange={(_e, v) => setValues((s) => ({ ...s, [field]: v }))}
        validated={errors[field] ? 'error' : 'default'}
      />
      <FieldError message={errors[field]} />
    </FormGroup>
  );
  return (
    <FormModal
      id="create-user"
      title="Create user"
      description="A local account that signs in with a username and password."
      onClose={onClose}
      submitLabel="Create"
      isPending={mutation.isPending}
    >
      <Form id="create-user-form" onSubmit={submit} noValidate>
        <RequestErrorAlert title="The user could not be created" error={mutation.error} />
        {text('username', 'Username', true)}
        {text('displayName', 'Display name')}
        {text('email', 'Email')}
        {text('password', 'Password', true)}
        <Checkbox
          id="user-platform-admin"
          label="Platform admin (admin on every registry; manages registries, users and groups)"
          isChecked={values.isPlatformAdmin}
          onChange={(_e, checked) => setValues((s) => ({ ...s, isPlatformAdmin: checked }))}
        />
      </Form>
    </FormModal>
  );
}
