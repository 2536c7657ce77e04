// Every in-app URL is built here, so links, redirects and the router cannot drift apart.
// Names are URL-encoded as one path segment each (spaces, unicode, "/", "%" and "#" survive).
const seg = (value: string) => encodeURIComponent(value);

export const routes = {
  home: () => '/',
  login: (callbackUrl?: string) => (callbackUrl ? `/login?callbackUrl=${encodeURIComponent(callbackUrl)}` : '/login'),
  registries: () => '/registries',
  registry: (registry: string) => `/registries/${seg(registry)}`,
  models: (registry: string) => `/registries/${seg(registry)}/models`,
  apiDocs: () => '/api-docs',
} as const;

export const api = {
  registries: () => '/api/v1/registries',
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
    const base = routes.registry(opts.registry);
    items.push({ id: 'registry', label: 'Overview', href: base, isActive: (p) => p === base });
  }
  return items;
}
