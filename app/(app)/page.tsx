import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { routes } from '@/lib/routes';
import { LAST_REGISTRY_COOKIE } from '@/lib/preferences';

// GET / — the last registry used, else the list of registries
export default async function HomePage() {
  const last = (await cookies()).get(LAST_REGISTRY_COOKIE)?.value;
  redirect(last ? routes.models(decodeURIComponent(last)) : routes.registries());
}
