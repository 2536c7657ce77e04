'use client';

import {
  Button,
  Content,
  EmptyState,
  EmptyStateActions,
  EmptyStateBody,
  EmptyStateFooter,
  PageSection,
  Skeleton,
  Title,
  Toolbar,
  ToolbarContent,
  ToolbarItem,
} from '@patternfly/react-core';
import { CubesIcon } from '@patternfly/react-icons';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { useInfiniteQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useState } from 'react';
import { ErrorState } from '@/components/common/ErrorState';
import { FormattedTime } from '@/components/common/FormattedTime';
import { fetchRegistryPage, registryListKey, registryPaging } from '@/lib/queries/registries';
import { routes } from '@/lib/routes';
import { CreateRegistryModal } from './CreateRegistryModal';

export function RegistriesPage({ canCreate }: { canCreate: boolean }) {
  const [creating, setCreating] = useState(false);
  const query = useInfiniteQuery({
    queryKey: registryListKey,
    queryFn: ({ pageParam }) => fetchRegistryPage(pageParam),
    ...registryPaging,
  });
  const registries = query.data?.pages.flatMap((p) => p.items) ?? [];
  const total = query.data?.pages[0]?.total ?? 0;

  const createButton = canCreate ? (
    <Button variant="primary" onClick={() => setCreating(true)}>
      Create registry
    </Button>
  ) : null;

  return (
    <>
      <PageSection>
        <Title headingLevel="h1">Registries</Title>
        <Content component="p">Each registry is an isolated catalogue of models, with its own access.</Content>
      </PageSection>
      <PageSection>
        {query.isPending ? (
          <Skeleton height="8rem" screenreaderText="Loading registries" />
        ) : query.isError ? (
          <ErrorState title="Registries could not be loaded" error={query.error} onRetry={() => void query.refetch()} />
        ) : registries.length === 0 ? (
          <EmptyState titleText="No registries yet" headingLevel="h2" icon={CubesIcon}>
            <EmptyStateBody>
              {canCreate
                ? 'Create a registry to start registering models.'
                : 'You have no access to any registry yet. Ask a platform administrator to grant you access.'}
            </EmptyStateBody>
            {createButton && (
              <EmptyStateFooter>
                <EmptyStateActions>{createButton}</EmptyStateActions>
              </EmptyStateFooter>
            )}
          </EmptyState>
        ) : (
          <>
            <Toolbar>
              <ToolbarContent>
                <ToolbarItem>{createButton}</ToolbarItem>
                <ToolbarItem align={{ default: 'alignEnd' }}>
                  <span aria-live="polite">
                    {registries.length} of {total} registries
                  </span>
                </ToolbarItem>
              </ToolbarContent>
            </Toolbar>
            <Table aria-label="Registries" variant="compact">
              <Thead>
                <Tr>
                  <Th width={30}>Name</Th>
                  <Th width={50}>Description</Th>
                  <Th width={20}>Created</Th>
                </Tr>
              </Thead>
              <Tbody>
                {registries.map((r) => (
                  <Tr key={r.id}>
                    <Td dataLabel="Name">
                      <Link href={routes.registry(r.name)}>{r.displayName}</Link>
                      <div className="pf-v6-u-font-size-sm pf-v6-u-text-color-subtle">{r.name}</div>
                    </Td>
                    <Td dataLabel="Description" modifier="truncate">
                      {r.description}
                    </Td>
                    <Td dataLabel="Created">
                      <FormattedTime iso={r.createdAt} />
                    </Td>
                  </Tr>
                ))}
              </Tbody>
            </Table>
            {query.hasNextPage && (
              <Button variant="link" isLoading={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()}>
                Show more registries
              </Button>
            )}
          </>
        )}
      </PageSection>
      {creating && <CreateRegistryModal onClose={() => setCreating(false)} />}
    </>
  );
}
