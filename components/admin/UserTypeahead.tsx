'use client';

import { useQuery } from '@tanstack/react-query';
import { useDeferredValue } from 'react';
import { TypeaheadInput } from '@/components/register/TypeaheadInput';
import { adminKeys, fetchGroups, fetchUsers } from '@/lib/queries/access';

const SUGGESTIONS = 10;

/**
 * A username (or group name) input that suggests matching accounts (or groups) as you type,
 * searched on the server. Suggestions need the platform admin role; without it the
 * input simply takes free text.
 */
export function SubjectTypeahead({
  kind,
  inputId,
  label,
  value,
  onChange,
  canSuggest,
  isInvalid,
}: {
  kind: 'user' | 'group';
  inputId: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  canSuggest: boolean;
  isInvalid?: boolean;
}) {
  const q = useDeferredValue(value.trim());
  const params = { q, pageSize: String(SUGGESTIONS) };
  const users = useQuery({
    queryKey: adminKeys.users(params),
    queryFn: () => fetchUsers(params),
    enabled: canSuggest && kind === 'user' && q.length > 0,
  });
  const groups = useQuery({
    queryKey: adminKeys.groups(params),
    queryFn: () => fetchGroups(params),
    enabled: canSuggest && kind === 'group' && q.length > 0,
  });
  const options =
    kind === 'user'
      ? (users.data?.items ?? []).map((u) => ({
          value: u.username,
          description: u.displayName !== u.username ? u.displayName : undefined,
        }))
      : (groups.data?.items ?? []).map((g) => ({ value: g.name, description: g.description || undefined }));
  return (
    <TypeaheadInput
      inputId={inputId}
      label={label}
      value={value}
      onInputChange={onChange}
      onSelect={onChange}
      options={q ? options : []}
      placeholder={kind === 'user' ? 'Username' : 'Group name'}
      toggleAriaLabel={`Show matching ${kind === 'user' ? 'users' : 'groups'}`}
      clearAriaLabel={`Clear the ${kind === 'user' ? 'username' : 'group name'}`}
      isLoading={users.isFetching || groups.isFetching}
      isInvalid={isInvalid}
    />
  );
}
