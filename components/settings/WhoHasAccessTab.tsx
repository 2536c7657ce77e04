'use client';

import { EmptyState, EmptyStateBody, Label, LabelGroup, Skeleton } from '@patternfly/react-core';
import { SearchIcon } from '@patternfly/react-icons';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { ErrorState } from '@/components/common/ErrorState';
import { useSearchToolbar, useUrlListState } from '@/components/common/SearchToolbar';
import { accessKeys, adminListParams, fetchEffectiveAccess } from '@/lib/queries/access';
import type { TEffectiveAccess } from '@/lib/validation/access';
import { ROLE_COLOR, ROLE_LABEL } from './roles';

function sourceText(s: TEffectiveAccess['sources'][number]): string {
  const role = ROLE_LABEL[s.role].toLowerCase();
  if (s.subjectType === 'platform-admin') return 'platform admin';
  if (s.subjectType === 'all') return `all signed-in users: ${role}`;
  if (s.subjectType === 'group') return `group ${s.subject}: ${role}`;
  return `own grant: ${role}`;
}

/** Every user's effective role here (highest of their own, their groups' and the all-users grant) and why. */
export function WhoHasAccessTab({ registry }: { registry: string }) {
  const { state, navigate } = useUrlListState(['tab']);
  const params = adminListParams(state);
  const query = useQuery({
    queryKey: accessKeys.effective(registry, params),
    queryFn: () => fetchEffectiveAccess(registry, params),
    placeholderData: keepPreviousData,
  });
  const toolbar = useSearchToolbar({
    state,
    onChange: navigate,
    paging: query.data ?? null,
    noun: 'users with access',
    searchLabel: 'Search users by name',
  });
  let body: React.ReactNode;
  if (query.isPending) body = <Skeleton height="10rem" screenreaderText="Loading who has access" />;
  else if (query.isError)
    body = <ErrorState title="Access could not be loaded" error={query.error} onRetry={() => void query.refetch()} />;
  else if (query.data.items.length === 0)
    body = (
      <EmptyState titleText="Nobody matches" headingLevel="h2" icon={SearchIcon} variant="sm">
        <EmptyStateBody>No user with access matches “{state.q}”.</EmptyStateBody>
      </EmptyState>
    );
  else
    body = (
      <Table aria-label="Who has access" variant="compact" isStriped>
        <Thead>
          <Tr>
            <Th>User</Th>
            <Th>Effective role</Th>
            <Th>Through</Th>
          </Tr>
        </Thead>
        <Tbody>
          {query.data.items.map((u) => (
            <Tr key={u.username}>
              <Td dataLabel="User">
                <strong>{u.username}</strong>
                {u.displayName !== u.username && (
                  <div className="pf-v6-u-font-size-sm pf-v6-u-text-color-subtle">{u.displayName}</div>
                )}
              </Td>
              <Td dataLabel="Effective role">
                <Label isCompact color={ROLE_COLOR[u.role]}>
                  {ROLE_LABEL[u.role]}
                </Label>
              </Td>
              <Td dataLabel="Through">
                <LabelGroup aria-label={`Where the access of ${u.username} comes from`} numLabels={4}>
                  {u.sources.map((s) => (
                    <Label key={`${s.subjectType}:${s.subject}`} isCompact variant="outline">
                      {sourceText(s)}
                    </Label>
                  ))}
                </LabelGroup>
              </Td>
            </Tr>
          ))}
        </Tbody>
      </Table>
    );
  return (
    <div aria-busy={query.isFetching}>
      {toolbar.top}
      {body}
      {toolbar.bottom}
    </div>
  );
}
