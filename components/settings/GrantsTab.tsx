'use client';

import {
  Alert,
  Button,
  Content,
  EmptyState,
  EmptyStateBody,
  Flex,
  FlexItem,
  Form,
  FormGroup,
  FormSelect,
  FormSelectOption,
  Skeleton,
  Title,
} from '@patternfly/react-core';
import { UsersIcon } from '@patternfly/react-icons';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { SubjectTypeahead } from '@/components/admin/UserTypeahead';
import { FieldError } from '@/components/admin/CreateUserModal';
import { ConfirmModal } from '@/components/common/ConfirmModal';
import { ErrorState } from '@/components/common/ErrorState';
import { RelativeTime } from '@/components/common/RelativeTime';
import { useToast } from '@/components/common/Toasts';
import { ApiError, apiFetch } from '@/lib/api-client';
import { fieldErrors } from '@/lib/form-errors';
import { accessKeys, fetchGrants } from '@/lib/queries/access';
import { api } from '@/lib/routes';
import { isRegistryRole, REGISTRY_ROLES, type RegistryRole } from '@/lib/roles';
import type { TGrant, TGrantCreate } from '@/lib/validation/access';
import { ROLE_HELP, ROLE_LABEL } from './roles';

function RoleSelect({
  id,
  label,
  value,
  onChange,
  isDisabled,
  noAccessOption,
}: {
  id: string;
  label: string;
  value: RegistryRole | '';
  onChange: (role: RegistryRole | '') => void;
  isDisabled?: boolean;
  noAccessOption?: boolean;
}) {
  return (
    <FormSelect
      id={id}
      aria-label={label}
      value={value}
      isDisabled={isDisabled}
      onChange={(_e, v) => onChange(isRegistryRole(v) ? v : '')}
    >
      {noAccessOption && <FormSelectOption value="" label="No access" />}
      {REGISTRY_ROLES.map((r) => (
        <FormSelectOption key={r} value={r} label={ROLE_LABEL[r]} />
      ))}
    </FormSelect>
  );
}

/** The grants of one subject kind (users or groups): add, change the role inline, remove. */
export function GrantsTab({ registry, kind }: { registry: string; kind: 'user' | 'group' }) {
  const queryClient = useQueryClient();
  const { notify } = useToast();
  const query = useQuery({ queryKey: accessKeys.grants(registry), queryFn: () => fetchGrants(registry) });
  const [subject, setSubject] = useState('');
  const [role, setRole] = useState<RegistryRole>('viewer');
  const [addError, setAddError] = useState<string | undefined>();
  const [removing, setRemoving] = useState<TGrant | null>(null);
  const noun = kind === 'user' ? 'user' : 'group';
  const invalidate = () => void queryClient.invalidateQueries({ queryKey: ['registries', registry] });
  const describe = (g: TGrant) => (g.subjectType === 'all' ? 'all signed-in users' : `${g.subjectType} ${g.subject}`);

  const create = useMutation({
    mutationFn: (body: TGrantCreate) => apiFetch<TGrant>(api.grants(registry), { method: 'POST', json: body }),
    onSuccess: (g) => {
      invalidate();
      notify({ variant: 'success', title: `${ROLE_LABEL[g.role]} role granted to ${describe(g)}` });
      setSubject('');
      setAddError(undefined);
    },
    onError: (err) =>
      setAddError(err instanceof ApiError ? (fieldErrors(err.details, 'body').subject ?? err.message) : err.message),
  });
  const update = useMutation({
    mutationFn: ({ grant, role: next }: { grant: TGrant; role: RegistryRole }) =>
      apiFetch<TGrant>(api.grant(registry, grant.id), { method: 'PATCH', json: { role: next } }),
    onSuccess: (g) => {
      invalidate();
      notify({ variant: 'success', title: `${describe(g)} is now ${ROLE_LABEL[g.role].toLowerCase()}` });
    },
    onError: (err, { grant }) => {
      invalidate();
      notify({ variant: 'danger', title: `The role of ${describe(grant)} was not changed`, description: err.message });
    },
  });
  const remove = useMutation({
    mutationFn: (grant: TGrant) => apiFetch<void>(api.grant(registry, grant.id), { method: 'DELETE' }),
    onSuccess: (_v, grant) => {
      invalidate();
      notify({ variant: 'success', title: `Access of ${describe(grant)} removed` });
      setRemoving(null);
    },
  });

  if (query.isPending) return <Skeleton height="10rem" screenreaderText="Loading grants" />;
  if (query.isError)
    return <ErrorState title="Grants could not be loaded" error={query.error} onRetry={() => void query.refetch()} />;
  const grants = query.data.items.filter((g) => g.subjectType === kind);
  const allGrant = query.data.items.find((g) => g.subjectType === 'all');

  const setAllRole = (next: RegistryRole | '') => {
    if (!next && allGrant) setRemoving(allGrant);
    else if (next && allGrant) update.mutate({ grant: allGrant, role: next });
    else if (next) create.mutate({ subjectType: 'all', subject: '*', role: next });
  };

  return (
    <>
      {kind === 'user' && (
        <Alert
          variant={allGrant ? 'info' : 'custom'}
          isInline
          isPlain={!allGrant}
          title="All signed-in users"
          className="pf-v6-u-mb-md"
          data-testid="all-users-grant"
        >
          <Flex alignItems={{ default: 'alignItemsCenter' }}>
            <FlexItem>
              {allGrant
                ? `Everyone who can sign in has at least the ${ROLE_LABEL[allGrant.role].toLowerCase()} role here.`
                : 'Only the users and groups below have access.'}
            </FlexItem>
            <FlexItem>
              <RoleSelect
                id="all-users-role"
                label="Role of all signed-in users"
                value={allGrant?.role ?? ''}
                onChange={setAllRole}
                noAccessOption
                isDisabled={create.isPending || update.isPending}
              />
            </FlexItem>
          </Flex>
        </Alert>
      )}
      <Form
        onSubmit={(e) => {
          e.preventDefault();
          if (!subject.trim()) setAddError(`Enter a ${noun} name.`);
          else create.mutate({ subjectType: kind, subject: subject.trim(), role });
        }}
      >
        <Title headingLevel="h2" size="md">
          Grant a role to a {noun}
        </Title>
        <Flex alignItems={{ default: 'alignItemsFlexEnd' }}>
          <FlexItem style={{ minWidth: '18rem' }}>
            <FormGroup label={kind === 'user' ? 'Username' : 'Group'} fieldId={`grant-${kind}-subject`}>
              <SubjectTypeahead
                kind={kind}
                inputId={`grant-${kind}-subject`}
                label={kind === 'user' ? 'Username' : 'Group'}
                value={subject}
                onChange={(v) => {
                  setSubject(v);
                  setAddError(undefined);
                }}
                canSuggest
                registry={registry}
                isInvalid={Boolean(addError)}
              />
              <FieldError message={addError} />
            </FormGroup>
          </FlexItem>
          <FlexItem>
            <FormGroup label="Role" fieldId={`grant-${kind}-role`}>
              <RoleSelect id={`grant-${kind}-role`} label="Role" value={role} onChange={(r) => r && setRole(r)} />
            </FormGroup>
          </FlexItem>
          <FlexItem>
            <Button
              type="submit"
              variant="secondary"
              isLoading={create.isPending && create.variables.subjectType === kind}
            >
              Grant
            </Button>
          </FlexItem>
        </Flex>
        <Content component="small" className="pf-v6-u-text-color-subtle">
          {REGISTRY_ROLES.map((r) => `${ROLE_LABEL[r]}: ${ROLE_HELP[r]}`).join(' · ')}
        </Content>
      </Form>
      {grants.length === 0 ? (
        <EmptyState titleText={`No ${noun} grants`} headingLevel="h3" icon={UsersIcon} variant="sm">
          <EmptyStateBody>
            {kind === 'user'
              ? 'No user has a role of their own here. Grant one above.'
              : 'No group has a role here. Granting a role to a group gives it to all its members.'}
          </EmptyStateBody>
        </EmptyState>
      ) : (
        <Table
          aria-label={kind === 'user' ? 'User grants' : 'Group grants'}
          variant="compact"
          className="pf-v6-u-mt-md"
        >
          <Thead>
            <Tr>
              <Th>{kind === 'user' ? 'User' : 'Group'}</Th>
              <Th>Role</Th>
              <Th>Granted by</Th>
              <Th>Granted</Th>
              <Th screenReaderText="Actions" />
            </Tr>
          </Thead>
          <Tbody>
            {grants.map((g) => (
              <Tr key={g.id}>
                <Td dataLabel={kind === 'user' ? 'User' : 'Group'}>{g.subject}</Td>
                <Td dataLabel="Role">
                  <div style={{ width: '11rem' }}>
                    <RoleSelect
                      id={`role-${g.id}`}
                      label={`Role of ${g.subject}`}
                      value={g.role}
                      onChange={(r) => r && r !== g.role && update.mutate({ grant: g, role: r })}
                      isDisabled={update.isPending && update.variables.grant.id === g.id}
                    />
                  </div>
                </Td>
                <Td dataLabel="Granted by">{g.createdBy || '—'}</Td>
                <Td dataLabel="Granted">
                  <RelativeTime iso={g.createdAt} />
                </Td>
                <Td isActionCell>
                  <Button variant="link" isDanger onClick={() => setRemoving(g)} aria-label={`Remove ${g.subject}`}>
                    Remove
                  </Button>
                </Td>
              </Tr>
            ))}
          </Tbody>
        </Table>
      )}
      {removing && (
        <ConfirmModal
          title={`Remove the access of ${describe(removing)}?`}
          body={
            <>
              <p>
                The {ROLE_LABEL[removing.role].toLowerCase()} role it gives ends on the next request. Access that comes
                through other grants stays.
              </p>
              {remove.isError && (
                <Alert variant="danger" isInline title="The grant was not removed">
                  {remove.error.message}
                </Alert>
              )}
            </>
          }
          confirmLabel="Remove"
          variant="danger"
          isPending={remove.isPending}
          onConfirm={() => remove.mutate(removing)}
          onClose={() => {
            remove.reset();
            setRemoving(null);
          }}
        />
      )}
    </>
  );
}
