// For pages (server components): the signed-in principal, or a redirect to the login
// page that comes back to the exact URL that was asked for.
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { routes } from '@/lib/routes';
import { currentPrincipal } from './session';
import type { Principal } from './principal';

export async function requirePrincipal(): Promise<Principal> {
  const principal = await currentPrincipal();
  if (principal) return principal;
  const requested = (await headers()).get('x-request-url') ?? routes.home();
  redirect(routes.login(requested));
}
