'use client';

import { Alert, Form, FormGroup, TextInput } from '@patternfly/react-core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { FormModal } from '@/components/common/FormModal';
import { useToast } from '@/components/common/Toasts';
import { ApiError, apiFetch } from '@/lib/api-client';
import { fieldErrors } from '@/lib/form-errors';
import { api } from '@/lib/routes';
import { ZUserPatch, type TUser } from '@/lib/validation/access';
import { FieldError } from './CreateUserModal';

/** Sets a new password for a local account. */
export function ResetPasswordModal({ user, onClose }: { user: TUser; onClose: () => void }) {
  const { notify } = useToast();
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | undefined>();
  const mutation = useMutation({
    mutationFn: () => apiFetch<TUser>(api.adminUser(user.username), { method: 'PATCH', json: { password } }),
    onSuccess: () => {
      notify({ variant: 'success', title: `Password of ${user.username} reset` });
      onClose();
    },
    onError: (err) => {
      if (err instanceof ApiError) setError(fieldErrors(err.details, 'body').password);
    },
  });
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const parsed = ZUserPatch.safeParse({ password });
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message);
      return;
    }
    setError(undefined);
    mutation.mutate();
  };
  return (
    <FormModal
      id="reset-password"
      title={`Reset the password of ${user.username}`}
      onClose={onClose}
      submitLabel="Reset password"
      isPending={mutation.isPending}
    >
      <Form id="reset-password-form" onSubmit={submit} noValidate>
        {mutation.isError && !error && (
          <Alert variant="danger" isInline title="The password could not be reset">
            {mutation.error.message}
          </Alert>
        )}
        <FormGroup label="New password" isRequired fieldId="reset-password">
          <TextInput
            id="reset-password"
            type="password"
            autoComplete="new-password"
            isRequired
            value={password}
            onChange={(_e, v) => setPassword(v)}
            validated={error ? 'error' : 'default'}
          />
          <FieldError message={error} />
        </FormGroup>
      </Form>
    </FormModal>
  );
}
