'use client';

import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { ToastProvider } from '@/components/common/Toasts';
import { ApiError } from '@/lib/api-client';
import { SessionExpiredModal } from './SessionExpiredModal';

const isSessionEnded = (err: unknown) => err instanceof ApiError && err.status === 401;

export function Providers({ children }: { children: React.ReactNode }) {
  const [sessionEnded, setSessionEnded] = useState(false);
  // One client per browser tab (never a module-level singleton shared across requests).
  const [queryClient] = useState(() => {
    const onError = (err: unknown) => {
      if (isSessionEnded(err)) setSessionEnded(true);
    };
    return new QueryClient({
      queryCache: new QueryCache({ onError }),
      mutationCache: new MutationCache({ onError }),
      defaultOptions: {
        queries: {
          staleTime: 30_000,
          // Asking again will not bring a session back.
          retry: (failures, err) => !isSessionEnded(err) && failures < 1,
          refetchOnWindowFocus: false,
        },
      },
    });
  });
  return (
    <QueryClientProvider client={queryClient}>
      <ToastProvider>
        {children}
        {sessionEnded && <SessionExpiredModal onClose={() => setSessionEnded(false)} />}
      </ToastProvider>
    </QueryClientProvider>
  );
}
