'use client';

import { Alert, AlertActionCloseButton, AlertGroup, type AlertProps } from '@patternfly/react-core';
import { createContext, useCallback, useContext, useMemo, useState } from 'react';

type Toast = { id: number; variant: NonNullable<AlertProps['variant']>; title: string; description?: string };
type ToastApi = { notify: (t: Omit<Toast, 'id'>) => void };

const ToastContext = createContext<ToastApi>({ notify: () => {} });

export function useToast(): ToastApi {
  return useContext(ToastContext);
}

let nextId = 1;

export function ToastProvider({ children }: { children: React.ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const dismiss = useCallback((id: number) => setToasts((ts) => ts.filter((t) => t.id !== id)), []);
  const notify = useCallback((t: Omit<Toast, 'id'>) => setToasts((ts) => [...ts, { ...t, id: nextId++ }]), []);
  const api = useMemo(() => ({ notify }), [notify]);
  return (
    <ToastContext.Provider value={api}>
      {children}
      <AlertGroup isToast isLiveRegion>
        {toasts.map((t) => (
          <Alert
            key={t.id}
            variant={t.variant}
            title={t.title}
            timeout={t.variant === 'danger' ? false : 6000}
            onTimeout={() => dismiss(t.id)}
            actionClose={<AlertActionCloseButton title={t.title} onClose={() => dismiss(t.id)} />}
          >
            {t.description}
          </Alert>
        ))}
      </AlertGroup>
    </ToastContext.Provider>
  );
}
