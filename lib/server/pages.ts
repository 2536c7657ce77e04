// Helpers for server pages: load what a page shows, turning "not found" into the
// not-found page, and remember the registry the user is working in.
import { notFound } from 'next/navigation';
import { hasRole, type RegistryRole } from './auth/authorize';
import { requirePrincipal } from './auth/require';
import { AppError } from './errors';
import { getRegistry } from './services/registries';

/** Runs a loader; a not-found error shows the not-found page. */
export async function orNotFound<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (err) {
    if (err instanceof AppError && err.code === 'not_found') notFound();
    throw err;
  }
}

/** The signed-in principal and the registry named in the URL (decoded), with the principal's role on it. */
export async function loadRegistryPage(encodedName: string) {
  const principal = await requirePrincipal();
  const name = decodeURIComponent(encodedName);
  const { registry, role } = await orNotFound(() => getRegistry(principal, name));
  return { principal, registry, role, can: (needed: RegistryRole) => hasRole(role, needed) };
}
