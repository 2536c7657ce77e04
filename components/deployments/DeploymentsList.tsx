'use client';

import {
  Button,
  EmptyState,
  EmptyStateActions,
  EmptyStateBody,
  EmptyStateFooter,
  Skeleton,
  Truncate,
} from '@patternfly/react-core';
import { CubesIcon, SearchIcon } from '@patternfly/react-icons';
import { Table, Tbody, Td, Th, Thead, Tr, type IAction } from '@patternfly/react-table';
import { keepPreviousData, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useEffect, useState } from 'react';
import { ConfirmModal } from '@/components/common/ConfirmModal';
import { ErrorState } from '@/components/common/ErrorState';
import { RelativeTime } from '@/components/common/RelativeTime';
import {
  deploymentApiParams,
  deploymentUrlParams,
  parseDeploymentListState,
  type DeploymentListState,
} from '@/lib/list-state';
import {
  deploymentKeys,
  fetchDeployment,
  fetchDeployments,
  fetchServingEnvironments,
  servingEnvironmentKeys,
} from '@/lib/queries/deployments';
import { findRuntime } from '@/lib/deployments/runtimes';
import { routes } from '@/lib/routes';
import { canDo, type RegistryRole } from '@/lib/roles';
import type { TDeployment } from '@/lib/validation/deployment';
import { DeploymentStatus } from './DeploymentStatus';
import { useDeploymentsToolbar } from './DeploymentsToolbar';
import { ManifestModal } from './ManifestModal';
import { NoServingEnvironment } from './NoServingEnvironment';
import { RolloutModal } from './RolloutModal';
import { RowActions } from './RowActions';
import { useDeleteDeployment, usePatchDeployment } from './useDeployments';

/** How often a deployment that is still coming up is checked again. */
const PENDING_POLL_MS = 3000;

export type DeploymentScope = { model?: string; version?: string };

type Dialog = { kind: 'manifest' | 'rollout' | 'undeploy' | 'redeploy' | 'delete'; deployment: TDeployment } | null;

function runtimeLabel(d: TDeployment): string {
  return findRuntime(d.runtime)?.label ?? d.runtime;
}

function replicas(d: TDeployment): string {
  return d.minReplicas === d.maxReplicas ? String(d.minReplicas) : `${d.minReplicas}–${d.maxReplicas}`;
}

/**
 * The deployments of a registry, a model (`scope.model`) or a version (`scope.version` too):
 * filters and page in the URL, row actions for contributors, and a quiet poll while any
 * deployment is still coming up.
 */
export function DeploymentsList({
  registry,
  scope = {},
  role,
  admins,
  emptyActions,
}: {
  registry: string;
  scope?: DeploymentScope;
  role: RegistryRole;
  admins: string[];
  /** Shown in the "not deployed" empty state (e.g. a Deploy button on a version's tab). */
  emptyActions?: React.ReactNode;
}) {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const queryClient = useQueryClient();
  const state = parseDeploymentListState(searchParams);
  const params = deploymentApiParams(state, scope);
  const canEdit = canDo(role, 'contributor');
  const [dialog, setDialog] = useState<Dialog>(null);

  const environments = useQuery({
    queryKey: servingEnvironmentKeys.list(registry),
    queryFn: () => fetchServingEnvironments(registry),
  });
  const query = useQuery({
    queryKey: deploymentKeys.list(registry, params),
    queryFn: () => fetchDeployments(registry, params),
    placeholderData: keepPreviousData,
    refetchInterval: (q) => (q.state.data?.items.some((d) => d.status.phase === 'PENDING') ? PENDING_POLL_MS : false),
  });
  // A cluster-backed deployment's own URL reads its status back from the cluster. Each such
  // row is checked when the list is shown (so a model that stopped serving, or an
  // InferenceService deleted outside the registry, shows up without opening it; at most once
  // per staleTime), and the ones still coming up are polled until they settle.
  const rows = query.data?.items ?? [];
  const live = rows.filter((d) => d.desiredState === 'DEPLOYED' && d.status.phase !== 'UNMANAGED');
  const details = useQueries({
    queries: live.map((d) => ({
      queryKey: deploymentKeys.detail(registry, d.id),
      queryFn: () => fetchDeployment(registry, d.id),
      refetchInterval: (q: { state: { data?: { item: TDeployment } } }) =>
        (q.state.data?.item.status.phase ?? d.status.phase) === 'PENDING' ? PENDING_POLL_MS : false,
    })),
  });
  const listedPhase = new Map(rows.map((d) => [d.id, d.status.phase]));
  const changedIds = details
    .map((q) => q.data?.item)
    .filter((d) => d !== undefined && listedPhase.has(d.id) && listedPhase.get(d.id) !== d.status.phase)
    .map((d) => d?.id)
    .join(',');
  useEffect(() => {
    if (changedIds) void queryClient.invalidateQueries({ queryKey: deploymentKeys.lists(registry) });
  }, [changedIds, queryClient, registry]);

  const patch = usePatchDeployment(registry, (d) =>
    d.desiredState === 'UNDEPLOYED' ? `Deployment "${d.name}" undeployed` : `Deployment "${d.name}" redeployed`,
  );
  const del = useDeleteDeployment(registry);
  const retry = usePatchDeployment(registry, (d) =>
    d.desiredState === 'UNDEPLOYED'
      ? `Deployment "${d.name}" removed from the cluster`
      : `Deployment "${d.name}" applied to the cluster`,
  );

  const navigate = (next: DeploymentListState) => {
    const q = deploymentUrlParams(next).toString();
    router.push(q ? `${pathname}?${q}` : pathname, { scroll: false });
  };
  const toolbar = useDeploymentsToolbar({
    state,
    onChange: navigate,
    paging: query.data
      ? { total: query.data.total, nextCursor: query.data.nextCursor, prevCursor: query.data.prevCursor ?? null }
      : null,
    environments: (environments.data?.items ?? []).map((e) => e.name),
    textFilters: scope.model ? (scope.version ? [] : ['version']) : ['model', 'version'],
  });
  const isFiltered = Boolean(
    state.environment || state.state || (!scope.model && state.model) || (!scope.version && state.version),
  );

  const actions = (d: TDeployment): IAction[] => {
    const active = d.desiredState === 'DEPLOYED';
    const items: IAction[] = [
      { title: 'View manifest', onClick: () => setDialog({ kind: 'manifest', deployment: d }) },
    ];
    if (!canEdit) return items;
    if (d.status.phase === 'FAILED') {
      // Saving it again applies it again, or removes it again after a refused undeploy.
      items.push({
        title: active ? 'Apply again' : 'Remove from the cluster again',
        onClick: () => retry.mutate({ id: d.id, patch: {} }),
      });
    }
    items.push(
      { title: 'Roll out…', onClick: () => setDialog({ kind: 'rollout', deployment: d }) },
      active
        ? { title: 'Undeploy', onClick: () => setDialog({ kind: 'undeploy', deployment: d }) }
        : { title: 'Redeploy', onClick: () => setDialog({ kind: 'redeploy', deployment: d }) },
      { isSeparator: true },
      { title: 'Delete', onClick: () => setDialog({ kind: 'delete', deployment: d }) },
    );
    return items;
  };

  let body: React.ReactNode;
  if (query.isPending || environments.isPending) {
    body = <Skeleton height="10rem" screenreaderText="Loading deployments" />;
  } else if (query.isError) {
    body = (
      <ErrorState title="Deployments could not be loaded" error={query.error} onRetry={() => void query.refetch()} />
    );
  } else if (query.data.total === 0 && !isFiltered && environments.data?.total === 0) {
    body = <NoServingEnvironment registry={registry} isAdmin={canDo(role, 'admin')} admins={admins} />;
  } else if (query.data.total === 0 && !isFiltered) {
    body = (
      <EmptyState titleText="No deployments" headingLevel="h2" icon={CubesIcon}>
        <EmptyStateBody>
          {scope.version
            ? 'This version is not deployed to a serving environment.'
            : scope.model
              ? 'No version of this model is deployed to a serving environment.'
              : 'Nothing in this registry is deployed yet. Deploy a version from its page.'}
        </EmptyStateBody>
        {emptyActions && (
          <EmptyStateFooter>
            <EmptyStateActions>{emptyActions}</EmptyStateActions>
          </EmptyStateFooter>
        )}
      </EmptyState>
    );
  } else if (query.data.items.length === 0) {
    body = (
      <>
        {toolbar.top}
        <EmptyState titleText="No deployments match" headingLevel="h2" icon={SearchIcon}>
          <EmptyStateBody>No deployment matches these filters. Change or clear them.</EmptyStateBody>
          <EmptyStateFooter>
            <EmptyStateActions>
              <Button
                variant="link"
                onClick={() =>
                  navigate({ ...state, environment: '', state: '', model: '', version: '', cursor: '', page: 1 })
                }
              >
                Clear all filters
              </Button>
            </EmptyStateActions>
          </EmptyStateFooter>
        </EmptyState>
      </>
    );
  } else {
    const polled = new Map<string, TDeployment>();
    for (const q of details) if (q.data) polled.set(q.data.item.id, q.data.item);
    body = (
      <>
        {toolbar.top}
        <Table aria-label="Deployments" variant="compact">
          <Thead>
            <Tr>
              <Th modifier="wrap">Name</Th>
              <Th modifier="fitContent">Status</Th>
              <Th modifier="wrap">Environment</Th>
              <Th modifier="wrap">Model</Th>
              <Th modifier="wrap">Version</Th>
              <Th modifier="wrap">Runtime</Th>
              <Th modifier="fitContent">Replicas</Th>
              <Th modifier="fitContent">Updated</Th>
              <Th screenReaderText="Actions" />
            </Tr>
          </Thead>
          <Tbody>
            {query.data.items.map((listed) => {
              const d = polled.get(listed.id) ?? listed;
              return (
                <Tr key={d.id}>
                  <Td dataLabel="Name" modifier="nowrap">
                    {d.name}
                    {d.status.url && (
                      <div className="pf-v6-u-font-size-sm pf-v6-u-text-color-subtle">
                        <Truncate content={d.status.url} position="middle" />
                      </div>
                    )}
                  </Td>
                  <Td dataLabel="Status">
                    <DeploymentStatus deployment={d} />
                  </Td>
                  <Td dataLabel="Environment" modifier="nowrap">
                    {d.environment.name}
                  </Td>
                  <Td dataLabel="Model">
                    <Link href={routes.model(registry, d.model)}>{d.model}</Link>
                  </Td>
                  <Td dataLabel="Version">
                    <Link href={routes.version(registry, d.model, d.version)}>{d.version}</Link>
                  </Td>
                  <Td dataLabel="Runtime">{runtimeLabel(d)}</Td>
                  <Td dataLabel="Replicas">{replicas(d)}</Td>
                  <Td dataLabel="Updated" modifier="nowrap">
                    <RelativeTime iso={d.updatedAt} />
                  </Td>
                  <Td isActionCell>
                    <RowActions name={d.name} items={actions(d)} />
                  </Td>
                </Tr>
              );
            })}
          </Tbody>
        </Table>
        {toolbar.bottom}
      </>
    );
  }

  const d = dialog?.deployment;
  return (
    <div aria-busy={query.isFetching}>
      {body}
      {dialog?.kind === 'manifest' && d && (
        <ManifestModal registry={registry} deployment={d} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === 'rollout' && d && (
        <RolloutModal registry={registry} deployment={d} onClose={() => setDialog(null)} />
      )}
      {(dialog?.kind === 'undeploy' || dialog?.kind === 'redeploy') && d && (
        <ConfirmModal
          title={dialog.kind === 'undeploy' ? `Undeploy ${d.name}?` : `Redeploy ${d.name}?`}
          body={
            <p>
              {dialog.kind === 'undeploy'
                ? `${d.model} ${d.version} stops serving on ${d.environment.name}. The deployment and its settings are kept, so you can redeploy it later.`
                : `${d.model} ${d.version} is deployed again on ${d.environment.name} with its saved settings.`}
            </p>
          }
          confirmLabel={dialog.kind === 'undeploy' ? 'Undeploy' : 'Redeploy'}
          variant={dialog.kind === 'undeploy' ? 'danger' : 'primary'}
          isPending={patch.isPending}
          onConfirm={() =>
            patch.mutate(
              { id: d.id, patch: { desiredState: dialog.kind === 'undeploy' ? 'UNDEPLOYED' : 'DEPLOYED' } },
              { onSettled: () => setDialog(null) },
            )
          }
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'delete' && d && (
        <ConfirmModal
          title={`Delete ${d.name}?`}
          body={
            <p>
              The deployment record is deleted
              {d.status.phase === 'UNMANAGED' ? '' : ', and its InferenceService is removed from the cluster'}. This
              cannot be undone.
            </p>
          }
          confirmLabel="Delete"
          variant="danger"
          typeToConfirm={d.name}
          isPending={del.isPending}
          onConfirm={() => del.mutate(d, { onSettled: () => setDialog(null) })}
          onClose={() => setDialog(null)}
        />
      )}
    </div>
  );
}
