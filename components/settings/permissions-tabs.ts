// The tabs of a registry's permissions page, shared by the server page and the client tabs.
import type { PermissionsTab } from '@/lib/routes';

export const PERMISSIONS_TABS: { key: PermissionsTab; title: string }[] = [
  { key: 'users', title: 'Users' },
  { key: 'groups', title: 'Groups' },
  { key: 'tokens', title: 'API tokens' },
  { key: 'access', title: 'Who has access' },
];

/** The tab of `?tab=`; Users when absent or unknown. */
export function permissionsTab(value: string | string[] | undefined): PermissionsTab {
  const v = Array.isArray(value) ? value[0] : value;
  return PERMISSIONS_TABS.find((t) => t.key === v)?.key ?? 'users';
}
