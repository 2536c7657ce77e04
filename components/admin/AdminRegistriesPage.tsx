'use client';

import { Button, EmptyState, EmptyStateBody, PageSection, Skeleton, Truncate } from '@patternfly/react-core';
import { CubesIcon, SearchIcon } from '@patternfly/react-icons';
import { ActionsColumn, Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { ErrorState } from '@/components/common/ErrorState';
import { PageHeader } from '@/components/common/PageHeader';
import { RelativeTime } from '@/components/common/RelativeTime';
import { useSearchToolbar, useUrlListState } from '@/components/common/SearchToolbar';
import { CreateRegistryModal } from '@/components/registries/CreateRegistryModal';
import { adminKeys, adminListParams, fetchAdminRegistries } from '@/lib/queries/access';
import { routes } from '@/lib/routes';
import type { TRegistry } from '@/lib/validation/registry';
import { DeleteRegistryModal } from './DeleteRegistryModal';
import { EditRegistryModal } from './EditRegistryModal';

type Dialog = { kind: 'create' } | { kind: 'edit' | 'delete'; registry: TRegistry } | null;

/** /admin/registries: every registry of the platform, to create, edit and delete (platform admins). */
export function AdminRegistriesPage() {
  const router = useRouter();
  const { state, navigate } = useUrlListState();
  const params = { ...adminListParams(state), sort: 'name' };
  const query = useQuery({
    queryKey: adminKeys.registries(params),
    queryFn: () => fetchAdminRegistries(params),
    placeholderData: keepPreviousData,
  });
  const [dialog, setDialog] = useState<Dialog>(null);
  const toolbar = useSearchToolbar({
    state,
    onChange: navigate,
    paging: query.data ?? null,
    noun: 'registries',
    searchLabel: 'Search registries by name or description',
    actions: <Button onClick={() => setDialog({ kind: 'create' })}>Create registry</Button>,
  });

  let body: React.ReactNode;
  if (query.isPending) body = <Skeleton height="12rem" screenreaderText="Loading registries" />;
  else if (query.isError)
    body = (
      <ErrorState title="Registries could not be loaded" error={query.error} onRetry={() => void query.refetch()} />
    );
  else if (query.data.items.length === 0)
    body = state.q ? (
      <EmptyState titleText="No registries match" headingLevel="h2" icon={SearchIcon}>
        <EmptyStateBody>No registry matches “{state.q}”. Change or clear the search.</EmptyStateBody>
      </EmptyState>
    ) : (
      <EmptyState titleText="No registries yet" headingLevel="h2" icon={CubesIcon}>
        <EmptyStateBody>Create the first registry, then grant teams access to it.</EmptyStateBody>
      </EmptyState>
    );
  else
    body = (
      <Table aria-label="Registries" variant="compact" isStriped>
        <Thead>
          <Tr>
            <Th>Registry</Th>
            <Th>Description</Th>
            <Th modifier="nowrap">Models</Th>
            <Th modifier="nowrap">Created</Th>
            <Th screenReaderText="Actions" />
          </Tr>
        </Thead>
        <Tbody>
          {query.data.items.map((r) => (
            <Tr key={r.id}>
              <Td dataLabel="Registry">
                <Link href={routes.models(r.name)}>{r.displayName}</Link>
                <div className="pf-v6-u-font-size-sm pf-v6-u-text-color-subtle">{r.name}</div>
              </Td>
              <Td dataLabel="Description">{r.description ? <Truncate content={r.description} /> : '—'}</Td>
              <Td dataLabel="Models">{r.modelCount}</Td>
              <Td dataLabel="Created">
                <RelativeTime iso={r.createdAt} />
              </Td>
              <Td isActionCell>
                <ActionsColumn
                  popperProps={{ position: 'right' }}
                  items={[
                    { title: 'Edit', onClick: () => setDialog({ kind: 'edit', registry: r }) },
                    {
                      title: 'Permissions',
                      onClick: () => router.push(routes.registrySettings(r.name, 'permissions')),
                    },
                    { isSeparator: true },
                    { title: 'Delete', isDanger: true, onClick: () => setDialog({ kind: 'delete', registry: r }) },
                  ]}
                />
              </Td>
            </Tr>
          ))}
        </Tbody>
      </Table>
    );

  return (
    <>
      <PageHeader
        title="Registry administration"
        description="Every registry of the platform: create, rename and delete them, and open their permissions."
      />
      <PageSection aria-busy={query.isFetching}>
        {toolbar.top}
        {body}
        {toolbar.bottom}
      </PageSection>
      {dialog?.kind === 'create' && <CreateRegistryModal onClose={() => setDialog(null)} />}
      {dialog?.kind === 'edit' && <EditRegistryModal registry={dialog.registry.name} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'delete' && <DeleteRegistryModal registry={dialog.registry} onClose={() => setDialog(null)} />}
    </>
  );
}
