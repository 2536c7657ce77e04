'use client';

import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { ApiError, apiFetch } from '@/lib/api-client';
import type { TPage } from '@/lib/validation/common';
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

/** Where to look a name up: a list searched for it, and the object itself. */
export type NameLookup = {
  /** A list URL searching for the name (every state), as large a page as the API gives. */
  searchUrl: (name: string) => string;
  /** The object's own URL: found means taken, 404 means free. */
  itemUrl: (name: string) => string;
  queryKey: (name: string) => readonly unknown[];
};

/**
 * Answers from a keyword search, which always finds an object by its own name: a 200 either
 * way, so the browser logs no failed request. Only when more objects match than one page
 * holds does it read the object itself.
 */
async function isTaken(name: string, lookup: NameLookup): Promise<boolean> {
  const page = await apiFetch<TPage<{ name: string }>>(lookup.searchUrl(name));
  if (page.items.some((item) => item.name === name)) return true;
  if (page.items.length >= page.total) return false;
  try {
    await apiFetch<unknown>(lookup.itemUrl(name));
    return true;
  } catch (err) {
    if (err instanceof ApiError && err.status === 404) return false;
    throw err;
  }
}

/**
 * Whether `name` is already used, checked live while the user types (debounced). Names the
 * schema rejects are not checked: the form shows the schema's message instead.
 */
export function useNameTaken(name: string, lookup: NameLookup): NameCheck {
  const debounced = useDebounced(name, NAME_CHECK_DELAY_MS);
  const checkable = debounced !== '' && ZName.safeParse(debounced).success;
  const { data, isFetching } = useQuery({
    queryKey: lookup.queryKey(debounced),
    queryFn: () => isTaken(debounced, lookup),
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

/** The search parameters of a name lookup: every state, the largest page. */
export const nameSearch = (name: string) => ({ q: name, state: 'all', pageSize: '100' });
