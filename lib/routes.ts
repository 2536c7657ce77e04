// Every in-app URL is built here, so links, redirects and the router cannot drift apart.
// Names are URL-encoded as one path segment each (spaces, unicode, "/", "%" and "#" survive).
import type { RegistryRole } from '@/lib/roles';

const seg = (value: string) => encodeURIComponent(value);

function withQuery(path: string, query?: URLSearchParams | string): string {
  const q = typeof query === 'string' ? query : query?.toString();
  return q ? `${path}?${q}` : path;
}

export type ModelTab = 'overview' | 'versions' | 'deployments';
export type VersionTab = 'details' | 'deployments';
export type SettingsSection = 'permissions' | 'serving-environments';
export type PermissionsTab = 'users' | 'groups' | 'tokens' | 'access';

export const routes = {
  home: () => '/',
  login: (callbackUrl?: string) => (callbackUrl ? `/login?callbackUrl=${encodeURIComponent(callbackUrl)}` : '/login'),
  registries: () => '/registries',
  registry: (registry: string) => `/registries/${seg(registry)}`,
  registryNoAccess: (registry: string) => `/registries/${seg(registry)}/no-access`,
  models: (registry: string, query?: URLSearchParams | string) =>
    withQuery(`/registries/${seg(registry)}/models`, query),
  newModel: (registry: string) => `/registries/${seg(registry)}/models/new`,
  model: (registry: string, model: string, tab: ModelTab = 'overview') =>
    `/registries/${seg(registry)}/models/${seg(model)}/${tab}`,
  modelVersions: (registry: string, model: string, query?: URLSearchParams | string) =>
    withQuery(`/registries/${seg(registry)}/models/${seg(model)}/versions`, query),
  newVersion: (registry: string, model?: string) =>
    model
      ? `/registries/${seg(registry)}/models/${seg(model)}/versions/new`
      : `/registries/${seg(registry)}/models/new?version=1`,
  version: (registry: string, model: string, version: string, tab: VersionTab = 'details') =>
    `/registries/${seg(registry)}/models/${seg(model)}/versions/${seg(version)}/${tab}`,
  deployments: (registry: string, query?: URLSearchParams | string) =>
    withQuery(`/registries/${seg(registry)}/deployments`, query),
  registrySettings: (registry: string, section: SettingsSection = 'permissions', query?: URLSearchParams | string) =>
    withQuery(`/registries/${seg(registry)}/settings/${section}`, query),
  adminRegistries: (query?: URLSearchParams | string) => withQuery('/admin/registries', query),
  adminUsers: (query?: URLSearchParams | string) => withQuery('/admin/users', query),
  adminGroups: (query?: URLSearchParams | string) => withQuery('/admin/groups', query),
  adminGroup: (group: string) => `/admin/groups/${seg(group)}`,
  apiDocs: () => '/api-docs',
} as const;

export const api = {
  registries: () => '/api/v1/registries',
  registry: (registry: string) => `/api/v1/registries/${seg(registry)}`,
  models: (registry: string, query?: URLSearchParams | string) =>
    withQuery(`/api/v1/registries/${seg(registry)}/models`, query),
  model: (registry: string, model: string) => `/api/v1/registries/${seg(registry)}/models/${seg(model)}`,
  versions: (registry: string, model: string, query?: URLSearchParams | string) =>
    withQuery(`/api/v1/registries/${seg(registry)}/models/${seg(model)}/versions`, query),
  version: (registry: string, model: string, version: string) =>
    `/api/v1/registries/${seg(registry)}/models/${seg(model)}/versions/${seg(version)}`,
  artifacts: (registry: string, model: string, version: string) =>
    `/api/v1/registries/${seg(registry)}/models/${seg(model)}/versions/${seg(version)}/artifacts`,
  artifact: (registry: string, model: string, version: string, id: string) =>
    `/api/v1/registries/${seg(registry)}/models/${seg(model)}/versions/${seg(version)}/artifacts/${seg(id)}`,
  grants: (registry: string, query?: URLSearchParams | string) =>
    withQuery(`/api/v1/registries/${seg(registry)}/grants`, query),
  grant: (registry: string, id: string) => `/api/v1/registries/${seg(registry)}/grants/${seg(id)}`,
  tokens: (registry: string, query?: URLSearchParams | string) =>
    withQuery(`/api/v1/registries/${seg(registry)}/tokens`, query),
  token: (registry: string, id: string) => `/api/v1/registries/${seg(registry)}/tokens/${seg(id)}`,
  grantSubjects: (registry: string, query?: URLSearchParams | string) =>
    withQuery(`/api/v1/registries/${seg(registry)}/grant-subjects`, query),
  registryAccess: (registry: string, query?: URLSearchParams | string) =>
    withQuery(`/api/v1/registries/${seg(registry)}/access`, query),
  servingEnvironments: (registry: string, query?: URLSearchParams | string) =>
    withQuery(`/api/v1/registries/${seg(registry)}/serving-environments`, query),
  servingEnvironment: (registry: string, name: string) =>
    `/api/v1/registries/${seg(registry)}/serving-environments/${seg(name)}`,
  deployments: (registry: string, query?: URLSearchParams | string) =>
    withQuery(`/api/v1/registries/${seg(registry)}/deployments`, query),
  deployment: (registry: string, id: string) => `/api/v1/registries/${seg(registry)}/deployments/${seg(id)}`,
  deploymentManifest: (registry: string, id: string) =>
    `/api/v1/registries/${seg(registry)}/deployments/${seg(id)}/manifest`,
  adminUsers: (query?: URLSearchParams | string) => withQuery('/api/v1/admin/users', query),
  adminUser: (username: string) => `/api/v1/admin/users/${seg(username)}`,
  adminGroups: (query?: URLSearchParams | string) => withQuery('/api/v1/admin/groups', query),
  adminGroup: (group: string) => `/api/v1/admin/groups/${seg(group)}`,
  adminGroupMembers: (group: string, query?: URLSearchParams | string) =>
    withQuery(`/api/v1/admin/groups/${seg(group)}/members`, query),
  adminGroupMember: (group: string, username: string) => `/api/v1/admin/groups/${seg(group)}/members/${seg(username)}`,
} as const;

/** Only same-origin relative paths are allowed as a post-sign-in destination. */
export function safeCallbackUrl(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return routes.home();
  if (value.startsWith('/login') || value.startsWith('/api/')) return routes.home();
  return value;
}

export type NavItem = {
  id: string;
  label: string;
  href: string;
  /** Items with a section are grouped under that heading in the sidebar. */
  section?: 'Administration';
  isActive: (pathname: string) => boolean;
};

/** The sidebar: what it lists depends on the current registry and on the user's role there. */
export function navigation(opts: {
  registry: string | null;
  isPlatformAdmin: boolean;
  /** The user's role on the current registry, when known. */
  registryRole?: RegistryRole | null;
}): NavItem[] {
  const items: NavItem[] = [
    { id: 'registries', label: 'Registries', href: routes.registries(), isActive: (p) => p === routes.registries() },
  ];
  if (opts.registry) {
    const models = routes.models(opts.registry);
    items.push({ id: 'models', label: 'Models', href: models, isActive: (p) => p.startsWith(models) });
    const deployments = routes.deployments(opts.registry);
    items.push({
      id: 'deployments',
      label: 'Deployments',
      href: deployments,
      isActive: (p) => p.startsWith(deployments),
    });
    if (opts.isPlatformAdmin || opts.registryRole === 'admin') {
      const settings = `/registries/${seg(opts.registry)}/settings`;
      items.push({
        id: 'settings',
        label: 'Registry settings',
        href: routes.registrySettings(opts.registry),
        isActive: (p) => p.startsWith(settings),
      });
    }
  }
  items.push({
    id: 'api-docs',
    label: 'API documentation',
    href: routes.apiDocs(),
    isActive: (p) => p === routes.apiDocs(),
  });
  if (opts.isPlatformAdmin) {
    const admin: [string, string, string][] = [
      ['admin-registries', 'Registries', routes.adminRegistries()],
      ['admin-users', 'Users', routes.adminUsers()],
      ['admin-groups', 'Groups', routes.adminGroups()],
    ];
    for (const [id, label, href] of admin) {
      items.push({ id, label, href, section: 'Administration', isActive: (p) => p.startsWith(href) });
    }
  }
  return items;
}
