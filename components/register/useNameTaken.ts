'use client';

import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { ApiError, apiFetch } from '@/lib/api-client';
import { ZName } from '@/lib/validation/fields';

export const NAME_CHECK_DELAY_MS = 300;

export type NameCheck = 'idle' | 'checking' | 'taken' | 'available';

function useDebounced<T>(value: T, delayMs: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return debounced;
}

/**
 * Whether `name` is already used, checked live (debounced) by reading the object at
 * `urlFor(name)`: found means taken, 404 means free. Names the schema rejects are not
 * checked (the form shows the schema's message instead).
 */
export function useNameTaken(
  name: string,
  urlFor: (name: string) => string,
  queryKey: (name: string) => readonly unknown[],
): NameCheck {
  const debounced = useDebounced(name, NAME_CHECK_DELAY_MS);
  const checkable = debounced !== '' && ZName.safeParse(debounced).success;
  const url = urlFor(debounced);
  const { data, isFetching } = useQuery({
    queryKey: [...queryKey(debounced), url],
    queryFn: async () => {
      try {
        await apiFetch<unknown>(url);
        return true;
      } catch (err) {
        if (err instanceof ApiError && err.status === 404) return false;
        throw err;
      }
    },
    enabled: checkable,
    retry: false,
    staleTime: 5_000,
  });
  if (name === '' || !ZName.safeParse(name).success) return 'idle';
  if (name !== debounced || isFetching) return 'checking';
  if (data === true) return 'taken';
  if (data === false) return 'available';
  return 'idle';
}
