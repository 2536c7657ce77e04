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
  Truncate,
} from '@patternfly/react-core';
import { SearchIcon } from '@patternfly/react-icons';
import { Table, Tbody, Td, Th, Thead, Tr, type ThProps } from '@patternfly/react-table';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { ErrorState } from '@/components/common/ErrorState';
import { LabelList } from '@/components/common/LabelList';
import { RelativeTime } from '@/components/common/RelativeTime';
import { apiParams, parseListState, urlParams, withFilters, type ListState, type SortField } from '@/lib/list-state';
import { fetchVersions, modelKeys } from '@/lib/queries/models';
import { routes } from '@/lib/routes';
import { useListToolbar } from './ListToolbar';
import { useModel } from './useModel';

export const VERSIONS_DEFAULT_SORT: SortField = 'createdAt';

const COLUMNS: { key: string; title: string; sort?: SortField }[] = [
  { key: 'name', title: 'Version', sort: 'name' },
  { key: 'labels', title: 'Labels' },
  { key: 'author', title: 'Author' },
  { key: 'created', title: 'Registered', sort: 'createdAt' },
  { key: 'updated', title: 'Last modified', sort: 'updatedAt' },
];

export function VersionsTab({ registry, model }: { registry: string; model: string }) {
  const modelArchived = useModel(registry, model).data?.item.state === 'ARCHIVED';
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const state = parseListState(searchParams, VERSIONS_DEFAULT_SORT);
  const params = apiParams(state, 'author');
  const query = useQuery({
    queryKey: modelKeys.versions(registry, model, params),
    queryFn: () => fetchVersions(registry, model, params),
    placeholderData: keepPreviousData,
  });
  const navigate = (next: ListState) => {
    const q = urlParams(next, VERSIONS_DEFAULT_SORT, 'author').toString();
    router.push(q ? `${pathname}?${q}` : pathname, { scroll: false });
  };
  const toolbar = useListToolbar({
    state,
    onChange: navigate,
    paging: query.data
      ? { total: query.data.total, nextCursor: query.data.nextCursor, prevCursor: query.data.prevCursor ?? null }
      : null,
    ownerLabel: 'Author',
    noun: 'versions',
  });
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
  if (query.isPending) body = <Skeleton height="10rem" screenreaderText="Loading versions" />;
  else if (query.isError)
    body = <ErrorState title="Versions could not be loaded" error={query.error} onRetry={() => void query.refetch()} />;
  else if (query.data.items.length === 0)
    body = (
      <EmptyState
        titleText={state.q || state.owner || state.label.length ? 'No versions match' : 'No versions'}
        headingLevel="h2"
        icon={SearchIcon}
      >
        <EmptyStateBody>
          {modelArchived && state.state === 'live'
            ? 'This model is archived, so all its versions are archived too. Show archived versions to see them.'
            : 'No version matches this view.'}
        </EmptyStateBody>
        <EmptyStateFooter>
          <EmptyStateActions>
            <Button
              variant="link"
              onClick={() =>
                navigate(withFilters(state, { q: '', owner: '', label: [], state: modelArchived ? 'all' : 'live' }))
              }
            >
              {modelArchived ? 'Show all versions' : 'Clear all filters'}
            </Button>
          </EmptyStateActions>
        </EmptyStateFooter>
      </EmptyState>
    );
  else
    body = (
      <Table aria-label="Versions" variant="compact" isStriped>
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
          {query.data.items.map((v) => (
            <Tr key={v.id}>
              <Td dataLabel="Version">
                <Link href={routes.version(registry, model, v.name)}>{v.name}</Link>{' '}
                {v.isLatest && (
                  <Label color="green" isCompact>
                    Latest
                  </Label>
                )}{' '}
                {v.state === 'ARCHIVED' && (
                  <Label color="grey" isCompact>
                    Archived
                  </Label>
                )}
                {v.description && (
                  <div className="pf-v6-u-font-size-sm pf-v6-u-text-color-subtle">
                    <Truncate content={v.description} />
                  </div>
                )}
              </Td>
              <Td dataLabel="Labels">
                <LabelList labels={v.labels} label={`Labels of ${v.name}`} />
              </Td>
              <Td dataLabel="Author">{v.author || '—'}</Td>
              <Td dataLabel="Registered">
                <RelativeTime iso={v.createdAt} />
              </Td>
              <Td dataLabel="Last modified">
                <RelativeTime iso={v.updatedAt} />
              </Td>
            </Tr>
          ))}
        </Tbody>
      </Table>
    );

  return (
    <PageSection aria-busy={query.isFetching}>
      {toolbar.top}
      {body}
      {toolbar.bottom}
    </PageSection>
  );
}
