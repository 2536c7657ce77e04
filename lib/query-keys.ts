// React Query keys, one factory per resource, shared by prefetch and client hooks.
export const queryKeys = {
  registries: {
    all: ['registries'] as const,
    list: (params: Record<string, string | number | undefined>) => ['registries', 'list', params] as const,
    pages: (params: Record<string, string | number | undefined>) => ['registries', 'pages', params] as const,
    one: (registry: string) => ['registries', registry, 'detail'] as const,
  },
};
