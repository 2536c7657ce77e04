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
  Truncate,
} from '@patternfly/react-core';
import { CubesIcon, SearchIcon } from '@patternfly/react-icons';
import { Table, Tbody, Td, Th, Thead, Tr, type ThProps } from '@patternfly/react-table';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { ErrorState } from '@/components/common/ErrorState';
import { LabelList } from '@/components/common/LabelList';
import { RelativeTime } from '@/components/common/RelativeTime';
import { apiParams, parseListState, urlParams, withFilters, type ListState, type SortField } from '@/lib/list-state';
import { fetchModels, modelKeys } from '@/lib/queries/models';
import { routes } from '@/lib/routes';
import { useListToolbar } from './ListToolbar';
import { RegisterSplitButton } from './RegisterSplitButton';
import { RegistryBreadcrumb } from './RegistryBreadcrumb';

export const MODELS_DEFAULT_SORT: SortField = 'updatedAt';

const COLUMNS: { key: string; title: string; sort?: SortField }[] = [
  { key: 'name', title: 'Model', sort: 'name' },
  { key: 'latest', title: 'Latest version' },
  { key: 'labels', title: 'Labels' },
  { key: 'updated', title: 'Last modified', sort: 'updatedAt' },
  { key: 'created', title: 'Created', sort: 'createdAt' },
  { key: 'owner', title: 'Owner' },
];

export function ModelsPage({
  registry,
  registryDisplayName,
  canRegister,
}: {
  registry: string;
  registryDisplayName: string;
  canRegister: boolean;
}) {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const state = parseListState(searchParams, MODELS_DEFAULT_SORT);
  const params = apiParams(state, 'owner');
  const query = useQuery({
    queryKey: modelKeys.list(registry, params),
    queryFn: () => fetchModels(registry, params),
    placeholderData: keepPreviousData,
  });
  const navigate = (next: ListState) => {
    const q = urlParams(next, MODELS_DEFAULT_SORT, 'owner').toString();
    router.push(q ? `${pathname}?${q}` : pathname, { scroll: false });
  };
  const paging = query.data
    ? { total: query.data.total, nextCursor: query.data.nextCursor, prevCursor: query.data.prevCursor ?? null }
    : null;
  const toolbar = useListToolbar({
    state,
    onChange: navigate,
    paging,
    ownerLabel: 'Owner',
    noun: 'models',
    actions: <RegisterSplitButton registry={registry} canRegister={canRegister} />,
  });
  const filtered = Boolean(state.q || state.owner || state.label.length || state.state !== 'live');

  const sortProps = (field: SortField, index: number): ThProps['sort'] => ({
    columnIndex: index,
    sortBy: {
      index: COLUMNS.findIndex((c) => c.sort === state.sort),
      direction: state.order,
      defaultDirection: field === 'name' ? 'asc' : 'desc',
    },
    onSort: (_e, _i, direction) => navigate(withFilters(state, { sort: field, order: direction })),
  });

  let body: React.ReactNode;
  if (query.isPending) {
    body = <Skeleton height="12rem" screenreaderText="Loading models" />;
  } else if (query.isError) {
    body = <ErrorState title="Models could not be loaded" error={query.error} onRetry={() => void query.refetch()} />;
  } else {
    body = (
      <>
        {toolbar.top}
        {query.data.total === 0 && !filtered ? (
          <EmptyState titleText="No models yet" headingLevel="h2" icon={CubesIcon}>
            <EmptyStateBody>
              {canRegister
                ? 'Register your first model: its name, where its files are stored and in which format.'
                : 'Nobody has registered a model here yet. Contributors of this registry can register one.'}{' '}
              Archived models are listed under Archived.
            </EmptyStateBody>
            {canRegister && (
              <EmptyStateFooter>
                <EmptyStateActions>
                  <Button component={(props: object) => <Link {...props} href={routes.newModel(registry)} />}>
                    Register model
                  </Button>
                </EmptyStateActions>
              </EmptyStateFooter>
            )}
          </EmptyState>
        ) : query.data.items.length === 0 ? (
          <EmptyState titleText="No models match" headingLevel="h2" icon={SearchIcon}>
            <EmptyStateBody>No model matches these filters. Change or clear them.</EmptyStateBody>
            <EmptyStateFooter>
              <EmptyStateActions>
                <Button
                  variant="link"
                  onClick={() => navigate(withFilters(state, { q: '', owner: '', label: [], state: 'live' }))}
                >
                  Clear all filters
                </Button>
              </EmptyStateActions>
            </EmptyStateFooter>
          </EmptyState>
        ) : (
          <Table aria-label="Models" variant="compact" isStriped>
            <Thead>
              <Tr>
                {COLUMNS.map((c, i) => (
                  <Th key={c.key} modifier="wrap" sort={c.sort ? sortProps(c.sort, i) : undefined}>
                    {c.title}
                  </Th>
                ))}
              </Tr>
            </Thead>
            <Tbody>
              {query.data.items.map((m) => (
                <Tr key={m.id}>
                  <Td dataLabel="Model">
                    <Link href={routes.model(registry, m.name)}>{m.name}</Link>{' '}
                    {m.state === 'ARCHIVED' && (
                      <Label isCompact color="grey">
                        Archived
                      </Label>
                    )}
                    {m.description && (
                      <div className="pf-v6-u-font-size-sm pf-v6-u-text-color-subtle">
                        <Truncate content={m.description} />
                      </div>
                    )}
                  </Td>
                  <Td dataLabel="Latest version">
                    {m.latestVersion ? (
                      <Link href={routes.version(registry, m.name, m.latestVersion.name)}>{m.latestVersion.name}</Link>
                    ) : (
                      <span className="pf-v6-u-text-color-subtle">—</span>
                    )}
                  </Td>
                  <Td dataLabel="Labels">
                    <LabelList labels={m.labels} label={`Labels of ${m.name}`} />
                  </Td>
                  <Td dataLabel="Last modified">
                    <RelativeTime iso={m.updatedAt} />
                  </Td>
                  <Td dataLabel="Created">
                    <RelativeTime iso={m.createdAt} />
                  </Td>
                  <Td dataLabel="Owner">{m.owner || '—'}</Td>
                </Tr>
              ))}
            </Tbody>
          </Table>
        )}
        {toolbar.bottom}
      </>
    );
  }

  return (
    <>
      <RegistryBreadcrumb registry={registry} registryDisplayName={registryDisplayName} current="Models" />
      <PageSection>
        <Title headingLevel="h1">Models</Title>
        <p className="pf-v6-u-text-color-subtle">Registered models in {registryDisplayName}.</p>
      </PageSection>
      <PageSection aria-busy={query.isFetching}>{body}</PageSection>
    </>
  );
}
