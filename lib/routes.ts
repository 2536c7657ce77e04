// Every in-app URL is built here, so links, redirects and the router cannot drift apart.
// Names are URL-encoded as one path segment each (spaces, unicode, "/", "%" and "#" survive).
const seg = (value: string) => encodeURIComponent(value);

function withQuery(path: string, query?: URLSearchParams | string): string {
  const q = typeof query === 'string' ? query : query?.toString();
  return q ? `${path}?${q}` : path;
}

export type ModelTab = 'overview' | 'versions' | 'deployments';
export type VersionTab = 'details' | 'deployments';

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
} as const;

/** Only same-origin relative paths are allowed as a post-sign-in destination. */
export function safeCallbackUrl(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return routes.home();
  if (value.startsWith('/login') || value.startsWith('/api/')) return routes.home();
  return value;
}

export type NavItem = { id: string; label: string; href: string; isActive: (pathname: string) => boolean };

/** The sidebar: what it lists depends on the current registry and on the user. */
export function navigation(opts: { registry: string | null; isPlatformAdmin: boolean }): NavItem[] {
  const items: NavItem[] = [
    { id: 'registries', label: 'Registries', href: routes.registries(), isActive: (p) => p === routes.registries() },
  ];
  if (opts.registry) {
    const models = routes.models(opts.registry);
    items.push({ id: 'models', label: 'Models', href: models, isActive: (p) => p.startsWith(models) });
  }
  items.push({
    id: 'api-docs',
    label: 'API documentation',
    href: routes.apiDocs(),
    isActive: (p) => p === routes.apiDocs(),
  });
  return items;
}
