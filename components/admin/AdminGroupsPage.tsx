'use client';

import {
  Button,
  EmptyState,
  EmptyStateBody,
  Form,
  FormGroup,
  PageSection,
  Skeleton,
  TextArea,
  TextInput,
  Truncate,
} from '@patternfly/react-core';
import { SearchIcon, UsersIcon } from '@patternfly/react-icons';
import { ActionsColumn, Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { FormModal } from '@/components/common/FormModal';
import { ConfirmModal } from '@/components/common/ConfirmModal';
import { ErrorState } from '@/components/common/ErrorState';
import { PageHeader } from '@/components/common/PageHeader';
import { RelativeTime } from '@/components/common/RelativeTime';
import { useSearchToolbar, useUrlListState } from '@/components/common/SearchToolbar';
import { useToast } from '@/components/common/Toasts';
import { ApiError, apiFetch } from '@/lib/api-client';
import { fieldErrors, issueErrors, type FieldErrors } from '@/lib/form-errors';
import { adminKeys, adminListParams, fetchGroups } from '@/lib/queries/access';
import { api, routes } from '@/lib/routes';
import { ZGroupCreate, type TGroup } from '@/lib/validation/access';
import { FieldError } from './CreateUserModal';

/** /admin/groups: groups of users, to grant registry roles to teams (platform admins). */
export function AdminGroupsPage() {
  const { state, navigate } = useUrlListState();
  const params = adminListParams(state);
  const queryClient = useQueryClient();
  const { notify } = useToast();
  const query = useQuery({
    queryKey: adminKeys.groups(params),
    queryFn: () => fetchGroups(params),
    placeholderData: keepPreviousData,
  });
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<TGroup | null>(null);
  const remove = useMutation({
    mutationFn: (group: TGroup) => apiFetch<void>(api.adminGroup(group.name), { method: 'DELETE' }),
    onSuccess: (_v, group) => {
      void queryClient.invalidateQueries({ queryKey: adminKeys.allGroups });
      notify({ variant: 'success', title: `Group "${group.name}" deleted` });
      setDeleting(null);
    },
  });
  const toolbar = useSearchToolbar({
    state,
    onChange: navigate,
    paging: query.data ?? null,
    noun: 'groups',
    searchLabel: 'Search groups by name or description',
    actions: <Button onClick={() => setCreating(true)}>Create group</Button>,
  });

  let body: React.ReactNode;
  if (query.isPending) body = <Skeleton height="12rem" screenreaderText="Loading groups" />;
  else if (query.isError)
    body = <ErrorState title="Groups could not be loaded" error={query.error} onRetry={() => void query.refetch()} />;
  else if (query.data.items.length === 0)
    body = state.q ? (
      <EmptyState titleText="No groups match" headingLevel="h2" icon={SearchIcon}>
        <EmptyStateBody>No group matches “{state.q}”. Change or clear the search.</EmptyStateBody>
      </EmptyState>
    ) : (
      <EmptyState titleText="No groups yet" headingLevel="h2" icon={UsersIcon}>
        <EmptyStateBody>
          Create a group for each team, add its members, then grant the group a role on a registry. Groups named like
          the identity provider&apos;s groups are filled at sign-in.
        </EmptyStateBody>
      </EmptyState>
    );
  else
    body = (
      <Table aria-label="Groups" variant="compact" isStriped>
        <Thead>
          <Tr>
            <Th>Group</Th>
            <Th>Description</Th>
            <Th>Members</Th>
            <Th>Created</Th>
            <Th screenReaderText="Actions" />
          </Tr>
        </Thead>
        <Tbody>
          {query.data.items.map((g) => (
            <Tr key={g.id}>
              <Td dataLabel="Group">
                <Link href={routes.adminGroup(g.name)}>{g.name}</Link>
              </Td>
              <Td dataLabel="Description">{g.description ? <Truncate content={g.description} /> : '—'}</Td>
              <Td dataLabel="Members">{g.members.length}</Td>
              <Td dataLabel="Created">
                <RelativeTime iso={g.createdAt} />
              </Td>
              <Td isActionCell>
                <ActionsColumn
                  popperProps={{ position: 'right' }}
                  items={[{ title: 'Delete', isDanger: true, onClick: () => setDeleting(g) }]}
                />
              </Td>
            </Tr>
          ))}
        </Tbody>
      </Table>
    );

  return (
    <>
      <PageHeader title="Groups" description="Teams of users. A role granted to a group reaches all its members." />
      <PageSection aria-busy={query.isFetching}>
        {toolbar.top}
        {body}
        {toolbar.bottom}
      </PageSection>
      {creating && <CreateGroupModal onClose={() => setCreating(false)} />}
      {deleting && (
        <ConfirmModal
          title={`Delete group ${deleting.name}?`}
          body={
            <>
              <p>Its {deleting.members.length} member(s) lose every role the group was granted on any registry.</p>
              {remove.isError && <p className="pf-v6-u-danger-color-100">{remove.error.message}</p>}
            </>
          }
          confirmLabel="Delete group"
          variant="danger"
          typeToConfirm={deleting.name}
          isPending={remove.isPending}
          onConfirm={() => remove.mutate(deleting)}
          onClose={() => {
            remove.reset();
            setDeleting(null);
          }}
        />
      )}
    </>
  );
}

function CreateGroupModal({ onClose }: { onClose: () => void }) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const { notify } = useToast();
  const [values, setValues] = useState({ name: '', description: '' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const mutation = useMutation({
    mutationFn: () => apiFetch<TGroup>(api.adminGroups(), { method: 'POST', json: values }),
    onSuccess: (group) => {
      void queryClient.invalidateQueries({ queryKey: adminKeys.allGroups });
      notify({ variant: 'success', title: `Group "${group.name}" created`, description: 'Now add its members.' });
      router.push(routes.adminGroup(group.name));
    },
    onError: (err) => {
      if (err instanceof ApiError && err.code === 'conflict') setErrors({ name: err.message });
      else if (err instanceof ApiError) setErrors(fieldErrors(err.details, 'body'));
    },
  });
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const parsed = ZGroupCreate.safeParse(values);
    if (!parsed.success) {
      setErrors(issueErrors(parsed.error.issues));
      return;
    }
    setErrors({});
    mutation.mutate();
  };
  return (
    <FormModal
      id="create-group"
      title="Create group"
      onClose={onClose}
      submitLabel="Create"
      isPending={mutation.isPending}
    >
      <Form id="create-group-form" onSubmit={submit} noValidate>
        <FormGroup label="Name" isRequired fieldId="group-name">
          <TextInput
            id="group-name"
            isRequired
            value={values.name}
            onChange={(_e, v) => setValues((s) => ({ ...s, name: v }))}
            validated={errors.name ? 'error' : 'default'}
          />
          <FieldError message={errors.name} />
        </FormGroup>
        <FormGroup label="Description" fieldId="group-description">
          <TextArea
            id="group-description"
            value={values.description}
            onChange={(_e, v) => setValues((s) => ({ ...s, description: v }))}
            resizeOrientation="vertical"
          />
          <FieldError message={errors.description} />
        </FormGroup>
      </Form>
    </FormModal>
  );
}
