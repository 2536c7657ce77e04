'use client';

import {
  Alert,
  Button,
  Form,
  FormGroup,
  Modal,
  ModalBody,
  ModalFooter,
  ModalHeader,
  TextInput,
} from '@patternfly/react-core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
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
    <Modal isOpen onClose={onClose} variant="small" aria-labelledby="reset-password-title">
      <ModalHeader title={`Reset the password of ${user.username}`} labelId="reset-password-title" />
      <ModalBody>
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
      </ModalBody>
      <ModalFooter>
        <Button variant="primary" type="submit" form="reset-password-form" isLoading={mutation.isPending}>
          Reset password
        </Button>
        <Button variant="link" onClick={onClose}>
          Cancel
        </Button>
      </ModalFooter>
    </Modal>
  );
}
