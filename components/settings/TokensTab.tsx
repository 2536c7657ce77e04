'use client';

import {
  Alert,
  Button,
  ClipboardCopy,
  EmptyState,
  EmptyStateBody,
  Form,
  FormGroup,
  FormHelperText,
  FormSelect,
  FormSelectOption,
  HelperText,
  HelperTextItem,
  Label,
  Modal,
  ModalBody,
  ModalFooter,
  ModalHeader,
  Skeleton,
  TextInput,
  Toolbar,
  ToolbarContent,
  ToolbarItem,
} from '@patternfly/react-core';
import { KeyIcon } from '@patternfly/react-icons';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { FormModal, RequestErrorAlert } from '@/components/common/FormModal';
import { FieldError } from '@/components/admin/CreateUserModal';
import { ConfirmModal } from '@/components/common/ConfirmModal';
import { ErrorState } from '@/components/common/ErrorState';
import { RelativeTime } from '@/components/common/RelativeTime';
import { useToast } from '@/components/common/Toasts';
import { ApiError, apiFetch } from '@/lib/api-client';
import { fieldErrors, issueErrors, type FieldErrors } from '@/lib/form-errors';
import { accessKeys, fetchTokens } from '@/lib/queries/access';
import { api } from '@/lib/routes';
import { isRegistryRole, REGISTRY_ROLES, type RegistryRole } from '@/lib/roles';
import { ZTokenCreate, type TToken, type TTokenCreated } from '@/lib/validation/access';
import { ROLE_COLOR, ROLE_HELP, ROLE_LABEL } from './roles';

function status(t: TToken): { text: string; color: 'green' | 'grey' | 'orange' } {
  if (t.revokedAt) return { text: 'Revoked', color: 'grey' };
  if (t.expiresAt && new Date(t.expiresAt).getTime() <= Date.now()) return { text: 'Expired', color: 'orange' };
  return { text: 'Active', color: 'green' };
}

/** API tokens of the registry: create (the secret is shown once), see their last use, revoke. */
export function TokensTab({ registry }: { registry: string }) {
  const queryClient = useQueryClient();
  const { notify } = useToast();
  const query = useQuery({ queryKey: accessKeys.tokens(registry), queryFn: () => fetchTokens(registry) });
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<TTokenCreated | null>(null);
  const [revoking, setRevoking] = useState<TToken | null>(null);
  const revoke = useMutation({
    mutationFn: (t: TToken) => apiFetch<void>(api.token(registry, t.id), { method: 'DELETE' }),
    onSuccess: (_v, t) => {
      void queryClient.invalidateQueries({ queryKey: accessKeys.tokens(registry) });
      notify({ variant: 'success', title: `Token "${t.name}" revoked` });
      setRevoking(null);
    },
  });

  let body: React.ReactNode;
  if (query.isPending) body = <Skeleton height="10rem" screenreaderText="Loading tokens" />;
  else if (query.isError)
    body = <ErrorState title="Tokens could not be loaded" error={query.error} onRetry={() => void query.refetch()} />;
  else if (query.data.items.length === 0)
    body = (
      <EmptyState titleText="No API tokens" headingLevel="h2" icon={KeyIcon} variant="sm">
        <EmptyStateBody>
          A token lets a pipeline, notebook or CD tool call the API with one role on this registry, without a
          person&apos;s password. Send it as <code>Authorization: Bearer …</code>.
        </EmptyStateBody>
      </EmptyState>
    );
  else
    body = (
      <Table aria-label="API tokens" variant="compact" isStriped>
        <Thead>
          <Tr>
            <Th>Name</Th>
            <Th>Role</Th>
            <Th>Status</Th>
            <Th>Expires</Th>
            <Th>Last used</Th>
            <Th>Created by</Th>
            <Th screenReaderText="Actions" />
          </Tr>
        </Thead>
        <Tbody>
          {query.data.items.map((t) => {
            const s = status(t);
            return (
              <Tr key={t.id}>
                <Td dataLabel="Name">
                  <strong>{t.name}</strong>
                  <div className="pf-v6-u-font-size-sm pf-v6-u-text-color-subtle">
                    <code>{t.prefix}…</code>
                  </div>
                </Td>
                <Td dataLabel="Role">
                  <Label isCompact color={ROLE_COLOR[t.role]}>
                    {ROLE_LABEL[t.role]}
                  </Label>
                </Td>
                <Td dataLabel="Status">
                  <Label isCompact color={s.color}>
                    {s.text}
                  </Label>
                </Td>
                <Td dataLabel="Expires">{t.expiresAt ? <RelativeTime iso={t.expiresAt} /> : 'Never'}</Td>
                <Td dataLabel="Last used">{t.lastUsedAt ? <RelativeTime iso={t.lastUsedAt} /> : 'Never'}</Td>
                <Td dataLabel="Created by">
                  {t.createdBy}
                  <div className="pf-v6-u-font-size-sm pf-v6-u-text-color-subtle">
                    <RelativeTime iso={t.createdAt} />
                  </div>
                </Td>
                <Td isActionCell>
                  {!t.revokedAt && (
                    <Button variant="link" isDanger onClick={() => setRevoking(t)} aria-label={`Revoke ${t.name}`}>
                      Revoke
                    </Button>
                  )}
                </Td>
              </Tr>
            );
          })}
        </Tbody>
      </Table>
    );

  return (
    <>
      <Toolbar>
        <ToolbarContent>
          <ToolbarItem>
            <Button onClick={() => setCreating(true)}>Create token</Button>
          </ToolbarItem>
        </ToolbarContent>
      </Toolbar>
      {body}
      {creating && (
        <CreateTokenModal
          registry={registry}
          onClose={() => setCreating(false)}
          onCreated={(t) => {
            setCreating(false);
            setCreated(t);
          }}
        />
      )}
      {created && <TokenSecretModal token={created} onClose={() => setCreated(null)} />}
      {revoking && (
        <ConfirmModal
          title={`Revoke token ${revoking.name}?`}
          body={
            <>
              <p>Anything using this token gets 401 from its next request on. This cannot be undone.</p>
              {revoke.isError && (
                <Alert variant="danger" isInline title="The token was not revoked">
                  {revoke.error.message}
                </Alert>
              )}
            </>
          }
          confirmLabel="Revoke"
          variant="danger"
          isPending={revoke.isPending}
          onConfirm={() => revoke.mutate(revoking)}
          onClose={() => {
            revoke.reset();
            setRevoking(null);
          }}
        />
      )}
    </>
  );
}

function CreateTokenModal({
  registry,
  onClose,
  onCreated,
}: {
  registry: string;
  onClose: () => void;
  onCreated: (token: TTokenCreated) => void;
}) {
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [role, setRole] = useState<RegistryRole>('viewer');
  const [expires, setExpires] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  // A date means "until the end of that day", UTC.
  const body = () => ({ name, role, expiresAt: expires ? `${expires}T23:59:59Z` : null });
  const mutation = useMutation({
    mutationFn: () => apiFetch<TTokenCreated>(api.tokens(registry), { method: 'POST', json: body() }),
    onSuccess: (t) => {
      void queryClient.invalidateQueries({ queryKey: accessKeys.tokens(registry) });
      onCreated(t);
    },
    onError: (err) => {
      if (err instanceof ApiError && err.code === 'conflict') setErrors({ name: err.message });
      else if (err instanceof ApiError) setErrors(fieldErrors(err.details, 'body'));
    },
  });
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const parsed = ZTokenCreate.safeParse(body());
    if (!parsed.success) {
      setErrors(issueErrors(parsed.error.issues));
      return;
    }
    setErrors({});
    mutation.mutate();
  };
  return (
    <FormModal
      id="create-token"
      title="Create API token"
      description="The token acts with one role on this registry only. It cannot manage access."
      onClose={onClose}
      submitLabel="Create"
      isPending={mutation.isPending}
    >
      <Form id="create-token-form" onSubmit={submit} noValidate>
        <RequestErrorAlert title="The token could not be created" error={mutation.error} />
        <FormGroup label="Name" isRequired fieldId="token-name">
          <TextInput
            id="token-name"
            isRequired
            value={name}
            onChange={(_e, v) => setName(v)}
            validated={errors.name ? 'error' : 'default'}
          />
          {errors.name ? (
            <FieldError message={errors.name} />
          ) : (
            <FormHelperText>
              <HelperText>
                <HelperTextItem>What uses it, e.g. &quot;training-pipeline&quot;.</HelperTextItem>
              </HelperText>
            </FormHelperText>
          )}
        </FormGroup>
        <FormGroup label="Role" fieldId="token-role">
          <FormSelect id="token-role" value={role} onChange={(_e, v) => isRegistryRole(v) && setRole(v)}>
            {REGISTRY_ROLES.map((r) => (
              <FormSelectOption key={r} value={r} label={`${ROLE_LABEL[r]} — ${ROLE_HELP[r]}`} />
            ))}
          </FormSelect>
        </FormGroup>
        <FormGroup label="Expires" fieldId="token-expires">
          <TextInput
            id="token-expires"
            type="date"
            value={expires}
            onChange={(_e, v) => setExpires(v)}
            validated={errors.expiresAt ? 'error' : 'default'}
          />
          {errors.expiresAt ? (
            <FieldError message={errors.expiresAt} />
          ) : (
            <FormHelperText>
              <HelperText>
                <HelperTextItem>Optional: the token stops working at the end of this day (UTC).</HelperTextItem>
              </HelperText>
            </FormHelperText>
          )}
        </FormGroup>
      </Form>
    </FormModal>
  );
}

/** The new token's secret, shown this once with a copy button. */
function TokenSecretModal({ token, onClose }: { token: TTokenCreated; onClose: () => void }) {
  return (
    <Modal isOpen onClose={onClose} variant="medium" aria-labelledby="token-secret-title">
      <ModalHeader title={`Token "${token.name}" created`} labelId="token-secret-title" />
      <ModalBody>
        <Alert variant="warning" isInline title="Copy the token now: it is not shown again" className="pf-v6-u-mb-md">
          Only a hash of it is stored. If you lose it, revoke it and create another.
        </Alert>
        <ClipboardCopy
          isReadOnly
          hoverTip="Copy"
          clickTip="Copied"
          textAriaLabel="API token"
          toggleAriaLabel="Show the token"
          data-testid="token-secret"
        >
          {token.token}
        </ClipboardCopy>
        <p className="pf-v6-u-mt-md pf-v6-u-text-color-subtle">
          Send it with every request: <code>Authorization: Bearer {token.prefix}…</code>
        </p>
      </ModalBody>
      <ModalFooter>
        <Button variant="primary" onClick={onClose}>
          I have copied it
        </Button>
      </ModalFooter>
    </Modal>
  );
}
