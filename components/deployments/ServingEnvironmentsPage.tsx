'use client';

import {
  Button,
  EmptyState,
  EmptyStateActions,
  EmptyStateBody,
  EmptyStateFooter,
  Label,
  PageSection,
  Skeleton,
  Title,
  Toolbar,
  ToolbarContent,
  ToolbarItem,
  Truncate,
} from '@patternfly/react-core';
import { LockIcon, ServerIcon } from '@patternfly/react-icons';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { useState } from 'react';
import { ConfirmModal } from '@/components/common/ConfirmModal';
import { ErrorState } from '@/components/common/ErrorState';
import { RelativeTime } from '@/components/common/RelativeTime';
import { useToast } from '@/components/common/Toasts';
import { apiFetch } from '@/lib/api-client';
import { findRuntime } from '@/lib/deployments/runtimes';
import { servingEnvironmentKeys } from '@/lib/queries/deployments';
import { api, routes } from '@/lib/routes';
import type { TServingEnvironment } from '@/lib/validation/deployment';
import { useServingEnvironments } from './DeployButton';
import { RowActions } from './RowActions';
import { ServingEnvironmentModal } from './ServingEnvironmentModal';

type Dialog = { kind: 'create' } | { kind: 'edit' | 'delete'; environment: TServingEnvironment } | null;

function Target({ e }: { e: TServingEnvironment }) {
  if (e.kind === 'external') return e.url ? <Truncate content={e.url} position="middle" /> : <>—</>;
  return (
    <>
      <div>Namespace {e.namespace}</div>
      <div className="pf-v6-u-font-size-sm pf-v6-u-text-color-subtle">
        {e.apiServerUrl ? (
          <>
            <Truncate content={e.apiServerUrl} position="middle" /> {e.hasToken ? '(token stored)' : '(no token)'}
          </>
        ) : (
          'No cluster connection: manifests are applied by hand'
        )}
      </div>
    </>
  );
}

/** Registry settings › Serving environments: list, add, edit and delete (registry admins). */
export function ServingEnvironmentsPage({
  registry,
  registryDisplayName,
  isAdmin,
}: {
  registry: string;
  registryDisplayName: string;
  isAdmin: boolean;
}) {
  const queryClient = useQueryClient();
  const { notify } = useToast();
  const [dialog, setDialog] = useState<Dialog>(null);
  const query = useServingEnvironments(registry);
  const del = useMutation({
    mutationFn: (e: TServingEnvironment) =>
      apiFetch<void>(api.servingEnvironment(registry, e.name), { method: 'DELETE' }),
    onSuccess: (_r, e) => {
      void queryClient.invalidateQueries({ queryKey: servingEnvironmentKeys.all(registry) });
      notify({ variant: 'success', title: `Serving environment "${e.name}" deleted` });
    },
    onError: (err) =>
      notify({ variant: 'danger', title: 'The serving environment was not deleted', description: err.message }),
  });

  // The settings layout gives the page its breadcrumb, title and section tabs.
  const header = (
    <PageSection>
      <Title headingLevel="h2">Serving environments</Title>
      <p className="pf-v6-u-text-color-subtle">
        Where the models of {registryDisplayName} can be deployed: KServe namespaces (applied to the cluster when it has
        an API server URL) and external platforms tracked by hand.
      </p>
    </PageSection>
  );

  if (!isAdmin) {
    return (
      <>
        {header}
        <PageSection>
          <EmptyState titleText="Only registry admins manage serving environments" headingLevel="h2" icon={LockIcon}>
            <EmptyStateBody>
              You can deploy to the environments a registry admin has set up; see{' '}
              <Link href={routes.deployments(registry)}>the registry&apos;s deployments</Link>.
            </EmptyStateBody>
          </EmptyState>
        </PageSection>
      </>
    );
  }

  let body: React.ReactNode;
  if (query.isPending) body = <Skeleton height="8rem" screenreaderText="Loading serving environments" />;
  else if (query.isError)
    body = (
      <ErrorState
        title="Serving environments could not be loaded"
        error={query.error}
        onRetry={() => void query.refetch()}
      />
    );
  else if (query.data.items.length === 0)
    body = (
      <EmptyState titleText="No serving environment yet" headingLevel="h2" icon={ServerIcon}>
        <EmptyStateBody>
          Add the first one: a KServe namespace, or an external platform. Contributors can then deploy versions to it.
        </EmptyStateBody>
        <EmptyStateFooter>
          <EmptyStateActions>
            <Button onClick={() => setDialog({ kind: 'create' })}>Add serving environment</Button>
          </EmptyStateActions>
        </EmptyStateFooter>
      </EmptyState>
    );
  else
    body = (
      <>
        <Toolbar>
          <ToolbarContent>
            <ToolbarItem>
              <Button onClick={() => setDialog({ kind: 'create' })}>Add serving environment</Button>
            </ToolbarItem>
          </ToolbarContent>
        </Toolbar>
        <Table aria-label="Serving environments" variant="compact">
          <Thead>
            <Tr>
              <Th modifier="wrap">Name</Th>
              <Th modifier="wrap">Kind</Th>
              <Th modifier="wrap">Target</Th>
              <Th modifier="wrap">Default runtime</Th>
              <Th modifier="wrap">Active deployments</Th>
              <Th modifier="wrap">Updated</Th>
              <Th screenReaderText="Actions" />
            </Tr>
          </Thead>
          <Tbody>
            {query.data.items.map((e) => (
              <Tr key={e.id}>
                <Td dataLabel="Name">
                  {e.name}
                  {e.description && (
                    <div className="pf-v6-u-font-size-sm pf-v6-u-text-color-subtle">
                      <Truncate content={e.description} />
                    </div>
                  )}
                </Td>
                <Td dataLabel="Kind">
                  <Label isCompact color={e.kind === 'kserve' ? 'blue' : 'grey'}>
                    {e.kind === 'kserve' ? 'KServe' : 'External'}
                  </Label>
                </Td>
                <Td dataLabel="Target">
                  <Target e={e} />
                </Td>
                <Td dataLabel="Default runtime">
                  {e.defaultRuntime ? (findRuntime(e.defaultRuntime)?.label ?? e.defaultRuntime) : '—'}
                </Td>
                <Td dataLabel="Active deployments">
                  {e.activeDeployments > 0 ? (
                    <Link href={routes.deployments(registry, new URLSearchParams({ environment: e.name }))}>
                      {e.activeDeployments}
                    </Link>
                  ) : (
                    0
                  )}
                </Td>
                <Td dataLabel="Updated">
                  <RelativeTime iso={e.updatedAt} />
                </Td>
                <Td isActionCell>
                  <RowActions
                    name={e.name}
                    items={[
                      { title: 'Edit', onClick: () => setDialog({ kind: 'edit', environment: e }) },
                      { isSeparator: true },
                      { title: 'Delete', onClick: () => setDialog({ kind: 'delete', environment: e }) },
                    ]}
                  />
                </Td>
              </Tr>
            ))}
          </Tbody>
        </Table>
      </>
    );

  return (
    <>
      {header}
      <PageSection aria-busy={query.isFetching}>{body}</PageSection>
      {dialog?.kind === 'create' && (
        <ServingEnvironmentModal registry={registry} environment={null} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === 'edit' && (
        <ServingEnvironmentModal registry={registry} environment={dialog.environment} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === 'delete' && (
        <ConfirmModal
          title={`Delete ${dialog.environment.name}?`}
          body={
            <p>
              {dialog.environment.activeDeployments > 0
                ? `It still has ${dialog.environment.activeDeployments} active deployment(s); undeploy them first, or the registry refuses.`
                : 'Nothing is deployed to it. Its undeployed deployment records are deleted with it.'}
            </p>
          }
          confirmLabel="Delete"
          variant="danger"
          typeToConfirm={dialog.environment.name}
          isPending={del.isPending}
          onConfirm={() => del.mutate(dialog.environment, { onSettled: () => setDialog(null) })}
          onClose={() => setDialog(null)}
        />
      )}
    </>
  );
}
