'use client';

import { useEffect } from 'react';
import { LAST_REGISTRY_COOKIE } from '@/lib/preferences';

/** Remembers the registry being viewed, so that `/` returns to it. */
export function RememberRegistry({ registry }: { registry: string }) {
  useEffect(() => {
    document.cookie = `${LAST_REGISTRY_COOKIE}=${encodeURIComponent(registry)}; path=/; max-age=31536000; samesite=lax`;
  }, [registry]);
  return null;
}
