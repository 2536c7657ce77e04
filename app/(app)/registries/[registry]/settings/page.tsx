import { redirect } from 'next/navigation';
import { routes } from '@/lib/routes';

type Props = { params: Promise<{ registry: string }> };

// /registries/{registry}/settings — opens its first section, Permissions
export default async function Page({ params }: Props) {
  redirect(routes.registrySettings(decodeURIComponent((await params).registry), 'permissions'));
}
