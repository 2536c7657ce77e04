'use client';

import { Button, EmptyState, EmptyStateBody, Label, LabelGroup, PageSection, Skeleton } from '@patternfly/react-core';
import { SearchIcon } from '@patternfly/react-icons';
import { ActionsColumn, Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ConfirmModal } from '@/components/common/ConfirmModal';
import { ErrorState } from '@/components/common/ErrorState';
import { PageHeader } from '@/components/common/PageHeader';
import { RelativeTime } from '@/components/common/RelativeTime';
import { useSearchToolbar, useUrlListState } from '@/components/common/SearchToolbar';
import { useToast } from '@/components/common/Toasts';
import { apiFetch } from '@/lib/api-client';
import { adminKeys, adminListParams, fetchUsers } from '@/lib/queries/access';
import { api } from '@/lib/routes';
import type { TUser, TUserPatch } from '@/lib/validation/access';
import { CreateUserModal } from './CreateUserModal';
import { ResetPasswordModal } from './ResetPasswordModal';

type Dialog =
  | { kind: 'create' }
  | { kind: 'password'; user: TUser }
  | { kind: 'disable' | 'enable' | 'promote' | 'demote'; user: TUser }
  | null;

const CONFIRM: Record<
  'disable' | 'enable' | 'promote' | 'demote',
  { title: string; body: string; label: string; patch: TUserPatch; done: string }
> = {
  disable: {
    title: 'Disable',
    body: 'The account cannot sign in any more, and its open sessions and its grants stop working on their next request. You can enable it again.',
    label: 'Disable',
    patch: { disabled: true },
    done: 'disabled',
  },
  enable: {
    title: 'Enable',
    body: 'The account can sign in again, with the grants it had.',
    label: 'Enable',
    patch: { disabled: false },
    done: 'enabled',
  },
  promote: {
    title: 'Make platform admin:',
    body: 'Platform admins are admin on every registry and manage registries, users and groups.',
    label: 'Make platform admin',
    patch: { isPlatformAdmin: true },
    done: 'is now a platform admin',
  },
  demote: {
    title: 'Revoke platform admin from',
    body: 'The account keeps only the roles its grants give it.',
    label: 'Revoke platform admin',
    patch: { isPlatformAdmin: false },
    done: 'is no longer a platform admin',
  },
};

function providerLabel(provider: string) {
  return provider === 'local' ? 'Local' : provider === 'oidc' ? 'Single sign-on' : provider;
}

/** /admin/users: every account; create, disable, reset passwords, platform admin role (platform admins). */
export function AdminUsersPage({ currentUsername }: { currentUsername: string }) {
  const { state, navigate } = useUrlListState();
  const params = adminListParams(state);
  const queryClient = useQueryClient();
  const { notify } = useToast();
  const query = useQuery({
    queryKey: adminKeys.users(params),
    queryFn: () => fetchUsers(params),
    placeholderData: keepPreviousData,
  });
  const [dialog, setDialog] = useState<Dialog>(null);
  const patch = useMutation({
    mutationFn: ({ user, body }: { user: TUser; body: TUserPatch }) =>
      apiFetch<TUser>(api.adminUser(user.username), { method: 'PATCH', json: body }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: adminKeys.allUsers }),
  });
  const toolbar = useSearchToolbar({
    state,
    onChange: navigate,
    paging: query.data ?? null,
    noun: 'users',
    searchLabel: 'Search users by name or email',
    actions: <Button onClick={() => setDialog({ kind: 'create' })}>Create user</Button>,
  });

  const actions = (u: TUser) => {
    const self = u.username === currentUsername;
    return [
      ...(u.authProvider === 'local'
        ? [{ title: 'Reset password', onClick: () => setDialog({ kind: 'password', user: u }) }]
        : []),
      u.isPlatformAdmin
        ? { title: 'Revoke platform admin', isDisabled: self, onClick: () => setDialog({ kind: 'demote', user: u }) }
        : { title: 'Make platform admin', onClick: () => setDialog({ kind: 'promote', user: u }) },
      { isSeparator: true },
      u.disabled
        ? { title: 'Enable', onClick: () => setDialog({ kind: 'enable', user: u }) }
        : {
            title: 'Disable',
            isDanger: true,
            isDisabled: self,
            onClick: () => setDialog({ kind: 'disable', user: u }),
          },
    ];
  };

  let body: React.ReactNode;
  if (query.isPending) body = <Skeleton height="12rem" screenreaderText="Loading users" />;
  else if (query.isError)
    body = <ErrorState title="Users could not be loaded" error={query.error} onRetry={() => void query.refetch()} />;
  else if (query.data.items.length === 0)
    body = (
      <EmptyState titleText="No users match" headingLevel="h2" icon={SearchIcon}>
        <EmptyStateBody>No account matches “{state.q}”. Change or clear the search.</EmptyStateBody>
      </EmptyState>
    );
  else
    body = (
      <Table aria-label="Users" variant="compact" isStriped>
        <Thead>
          <Tr>
            <Th>User</Th>
            <Th>Email</Th>
            <Th>Sign-in</Th>
            <Th>Groups</Th>
            <Th>Status</Th>
            <Th modifier="nowrap">Last sign-in</Th>
            <Th screenReaderText="Actions" />
          </Tr>
        </Thead>
        <Tbody>
          {query.data.items.map((u) => (
            <Tr key={u.id}>
              <Td dataLabel="User">
                <strong>{u.username}</strong>
                {u.displayName !== u.username && (
                  <div className="pf-v6-u-font-size-sm pf-v6-u-text-color-subtle">{u.displayName}</div>
                )}
              </Td>
              <Td dataLabel="Email">{u.email ?? '—'}</Td>
              <Td dataLabel="Sign-in">{providerLabel(u.authProvider)}</Td>
              <Td dataLabel="Groups">
                {u.groups.length ? (
                  <LabelGroup numLabels={3} aria-label={`Groups of ${u.username}`}>
                    {u.groups.map((g) => (
                      <Label key={g} isCompact>
                        {g}
                      </Label>
                    ))}
                  </LabelGroup>
                ) : (
                  '—'
                )}
              </Td>
              <Td dataLabel="Status">
                <LabelGroup aria-label={`Status of ${u.username}`}>
                  {u.disabled ? (
                    <Label isCompact color="grey">
                      Disabled
                    </Label>
                  ) : (
                    <Label isCompact color="green">
                      Active
                    </Label>
                  )}
                  {u.isPlatformAdmin && (
                    <Label isCompact color="purple">
                      Platform admin
                    </Label>
                  )}
                </LabelGroup>
              </Td>
              <Td dataLabel="Last sign-in">{u.lastSignInAt ? <RelativeTime iso={u.lastSignInAt} /> : 'Never'}</Td>
              <Td isActionCell>
                <ActionsColumn items={actions(u)} popperProps={{ position: 'right' }} />
              </Td>
            </Tr>
          ))}
        </Tbody>
      </Table>
    );

  const confirm = dialog && dialog.kind !== 'create' && dialog.kind !== 'password' ? CONFIRM[dialog.kind] : null;
  return (
    <>
      <PageHeader
        title="Users"
        description="Every account that can sign in: local accounts with a password and those of the identity provider."
      />
      <PageSection aria-busy={query.isFetching}>
        {toolbar.top}
        {body}
        {toolbar.bottom}
      </PageSection>
      {dialog?.kind === 'create' && <CreateUserModal onClose={() => setDialog(null)} />}
      {dialog?.kind === 'password' && <ResetPasswordModal user={dialog.user} onClose={() => setDialog(null)} />}
      {confirm && dialog && dialog.kind !== 'create' && dialog.kind !== 'password' && (
        <ConfirmModal
          title={`${confirm.title} ${dialog.user.username}?`}
          body={
            <>
              <p>{confirm.body}</p>
              {patch.isError && <p className="pf-v6-u-danger-color-100">{patch.error.message}</p>}
            </>
          }
          confirmLabel={confirm.label}
          variant={dialog.kind === 'disable' || dialog.kind === 'demote' ? 'danger' : 'primary'}
          isPending={patch.isPending}
          onConfirm={() =>
            patch.mutate(
              { user: dialog.user, body: confirm.patch },
              {
                onSuccess: () => {
                  notify({ variant: 'success', title: `${dialog.user.username} ${confirm.done}` });
                  setDialog(null);
                },
              },
            )
          }
          onClose={() => {
            patch.reset();
            setDialog(null);
          }}
        />
      )}
    </>
  );
}
