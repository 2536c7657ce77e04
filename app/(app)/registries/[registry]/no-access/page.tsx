import type { Metadata } from 'next';
import { NoRegistryAccess } from '@/components/access/NoRegistryAccess';
import { loadNoAccessPage } from '@/lib/server/pages';

type Props = { params: Promise<{ registry: string }> };

export const metadata: Metadata = { title: 'No access' };

// /registries/{registry}/no-access — the registry exists but you have no grant on it: whom to ask
export default async function Page({ params }: Props) {
  const { name, admins } = await loadNoAccessPage((await params).registry);
  return <NoRegistryAccess registry={name} admins={admins} />;
}
