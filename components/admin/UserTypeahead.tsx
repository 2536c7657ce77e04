'use client';

import { useQuery } from '@tanstack/react-query';
import { useDeferredValue } from 'react';
import { TypeaheadInput } from '@/components/register/TypeaheadInput';
import { accessKeys, adminKeys, fetchGrantSubjects, fetchGroups, fetchUsers } from '@/lib/queries/access';

const SUGGESTIONS = 10;

/**
 * A username (or group name) input that suggests matching accounts (or groups) as you type,
 * searched on the server. With `registry`, suggestions come from that registry's
 * grant-subjects list (its admins may use it); without, from the admin lists, which need
 * the platform admin role (`canSuggest`). Otherwise the input simply takes free text.
 */
export function SubjectTypeahead({
  kind,
  inputId,
  label,
  value,
  onChange,
  canSuggest,
  registry,
  isInvalid,
}: {
  kind: 'user' | 'group';
  registry?: string;
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
    enabled: !registry && canSuggest && kind === 'user' && q.length > 0,
  });
  const groups = useQuery({
    queryKey: adminKeys.groups(params),
    queryFn: () => fetchGroups(params),
    enabled: !registry && canSuggest && kind === 'group' && q.length > 0,
  });
  const subjectParams = { type: kind, q };
  const subjects = useQuery({
    queryKey: accessKeys.subjects(registry ?? '', subjectParams),
    queryFn: () => fetchGrantSubjects(registry ?? '', subjectParams),
    enabled: Boolean(registry) && canSuggest && q.length > 0,
  });
  const options = registry
    ? (subjects.data?.items ?? []).map((s) => ({
        value: s.subject,
        description: s.label && s.label !== s.subject ? s.label : undefined,
      }))
    : kind === 'user'
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
      isLoading={users.isFetching || groups.isFetching || subjects.isFetching}
      isInvalid={isInvalid}
    />
  );
}
