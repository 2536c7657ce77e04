// A new QueryClient per server request, for prefetching into HydrationBoundary.
import { QueryClient } from '@tanstack/react-query';
import { cache } from 'react';

export const getServerQueryClient = cache(
  () => new QueryClient({ defaultOptions: { queries: { staleTime: 30_000 } } }),
);
