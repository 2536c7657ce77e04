// Helpers for server pages: load what a page shows, turning "not found" into the
// not-found page (or, for a registry the viewer has no grant on, the "no access" page
// that names its admins), and remember the registry the user is working in.
import { notFound, redirect } from 'next/navigation';
import { routes } from '@/lib/routes';
import { findRegistryWithRole, hasRole, type RegistryRole } from './auth/authorize';
import { requirePrincipal } from './auth/require';
import type { Principal } from './auth/principal';
import { AppError } from './errors';
import { registryAdminNames } from './services/grants';
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

/**
 * For a page whose loader found nothing in registry `name`: the "no access" page when
 * the registry exists but the viewer has no grant on it, else the not-found page.
 * (Pages may say a registry exists; the API never does.)
 */
export async function registryNotFound(principal: Principal, name: string): Promise<never> {
  const found = await findRegistryWithRole(principal, name);
  if (found && found.role === null) redirect(routes.registryNoAccess(name));
  notFound();
}

/** Runs a loader for a page of registry `name`; see registryNotFound. */
export async function orRegistryNotFound<T>(principal: Principal, name: string, load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (err) {
    if (err instanceof AppError && err.code === 'not_found') return registryNotFound(principal, name);
    throw err;
  }
}

/** The signed-in principal and the registry named in the URL (decoded), with the principal's role on it. */
export async function loadRegistryPage(encodedName: string) {
  const principal = await requirePrincipal();
  const name = decodeURIComponent(encodedName);
  const { registry, role } = await orRegistryNotFound(principal, name, () => getRegistry(principal, name));
  return { principal, registry, role, can: (needed: RegistryRole) => hasRole(role, needed) };
}

/** The "no access" page: the registry's admins to ask; back to the registry once access exists. */
export async function loadNoAccessPage(encodedName: string) {
  const principal = await requirePrincipal();
  const name = decodeURIComponent(encodedName);
  const found = await findRegistryWithRole(principal, name);
  if (!found) notFound();
  if (found.role !== null) redirect(routes.models(name));
  return { name, admins: await registryAdminNames(found.registry.id) };
}
