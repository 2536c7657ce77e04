'use client';

import {
  Breadcrumb,
  BreadcrumbItem,
  Button,
  Content,
  EmptyState,
  EmptyStateBody,
  Flex,
  FlexItem,
  Form,
  FormGroup,
  PageBreadcrumb,
  PageSection,
  Skeleton,
  Title,
} from '@patternfly/react-core';
import { UsersIcon } from '@patternfly/react-icons';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { useState } from 'react';
import { ConfirmModal } from '@/components/common/ConfirmModal';
import { ErrorState } from '@/components/common/ErrorState';
import { useToast } from '@/components/common/Toasts';
import { ApiError, apiFetch } from '@/lib/api-client';
import { fieldErrors } from '@/lib/form-errors';
import { adminKeys, fetchGroup } from '@/lib/queries/access';
import { api, routes } from '@/lib/routes';
import type { TGroup } from '@/lib/validation/access';
import { FieldError } from './CreateUserModal';
import { SubjectTypeahead } from './UserTypeahead';

/** /admin/groups/{group}: a group's members, to add (by username, with suggestions) and remove. */
export function AdminGroupPage({ group }: { group: string }) {
  const queryClient = useQueryClient();
  const { notify } = useToast();
  const query = useQuery({ queryKey: adminKeys.group(group), queryFn: () => fetchGroup(group) });
  const [username, setUsername] = useState('');
  const [addError, setAddError] = useState<string | undefined>();
  const [removing, setRemoving] = useState<string | null>(null);
  const refresh = (updated?: TGroup) => {
    if (updated) queryClient.setQueryData(adminKeys.group(group), updated);
    else void queryClient.invalidateQueries({ queryKey: adminKeys.group(group) });
    void queryClient.invalidateQueries({ queryKey: adminKeys.allGroups });
    void queryClient.invalidateQueries({ queryKey: adminKeys.allUsers });
  };
  const add = useMutation({
    mutationFn: (name: string) =>
      apiFetch<TGroup>(api.adminGroupMembers(group), { method: 'POST', json: { username: name } }),
    onSuccess: (updated, name) => {
      refresh(updated);
      notify({ variant: 'success', title: `${name} added to ${group}` });
      setUsername('');
      setAddError(undefined);
    },
    onError: (err) => {
      setAddError(err instanceof ApiError ? (fieldErrors(err.details, 'body').username ?? err.message) : err.message);
    },
  });
  const remove = useMutation({
    mutationFn: (name: string) => apiFetch<void>(api.adminGroupMember(group, name), { method: 'DELETE' }),
    onSuccess: (_v, name) => {
      refresh();
      notify({ variant: 'success', title: `${name} removed from ${group}` });
      setRemoving(null);
    },
  });

  let body: React.ReactNode;
  if (query.isPending) body = <Skeleton height="10rem" screenreaderText="Loading the group" />;
  else if (query.isError)
    body = (
      <ErrorState title="The group could not be loaded" error={query.error} onRetry={() => void query.refetch()} />
    );
  else
    body = (
      <>
        <Form
          onSubmit={(e) => {
            e.preventDefault();
            if (username.trim()) add.mutate(username.trim());
            else setAddError('Enter a username.');
          }}
        >
          <Flex alignItems={{ default: 'alignItemsFlexEnd' }}>
            <FlexItem style={{ minWidth: '20rem' }}>
              <FormGroup label="Add member" fieldId="member-username">
                <SubjectTypeahead
                  kind="user"
                  inputId="member-username"
                  label="Add member"
                  value={username}
                  onChange={(v) => {
                    setUsername(v);
                    setAddError(undefined);
                  }}
                  canSuggest
                  isInvalid={Boolean(addError)}
                />
                <FieldError message={addError} />
              </FormGroup>
            </FlexItem>
            <FlexItem>
              <Button type="submit" variant="secondary" isLoading={add.isPending}>
                Add
              </Button>
            </FlexItem>
          </Flex>
        </Form>
        {query.data.members.length === 0 ? (
          <EmptyState titleText="No members yet" headingLevel="h2" icon={UsersIcon}>
            <EmptyStateBody>Add users by username. Roles granted to this group reach every member.</EmptyStateBody>
          </EmptyState>
        ) : (
          <Table aria-label={`Members of ${group}`} variant="compact" isStriped className="pf-v6-u-mt-md">
            <Thead>
              <Tr>
                <Th>Member</Th>
                <Th screenReaderText="Actions" />
              </Tr>
            </Thead>
            <Tbody>
              {query.data.members.map((m) => (
                <Tr key={m}>
                  <Td dataLabel="Member">{m}</Td>
                  <Td isActionCell>
                    <Button variant="link" isDanger onClick={() => setRemoving(m)} aria-label={`Remove ${m}`}>
                      Remove
                    </Button>
                  </Td>
                </Tr>
              ))}
            </Tbody>
          </Table>
        )}
      </>
    );

  return (
    <>
      <PageBreadcrumb>
        <Breadcrumb>
          <BreadcrumbItem
            render={({ className }) => (
              <Link className={className} href={routes.adminGroups()}>
                Groups
              </Link>
            )}
          />
          <BreadcrumbItem isActive>{group}</BreadcrumbItem>
        </Breadcrumb>
      </PageBreadcrumb>
      <PageSection>
        <Title headingLevel="h1">{group}</Title>
        <Content component="p" className="pf-v6-u-text-color-subtle">
          {query.data?.description || 'A group of users. A role granted to it on a registry reaches every member.'}
        </Content>
      </PageSection>
      <PageSection aria-busy={query.isFetching}>{body}</PageSection>
      {removing && (
        <ConfirmModal
          title={`Remove ${removing} from ${group}?`}
          body={
            <>
              <p>They lose the roles this group gives them, on their next request.</p>
              {remove.isError && <p className="pf-v6-u-danger-color-100">{remove.error.message}</p>}
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
