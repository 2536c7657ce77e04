import type { Metadata } from 'next';
import { RegistryOverview } from '@/components/registries/RegistryOverview';
import { loadRegistryPage } from '@/lib/server/pages';

type Props = { params: Promise<{ registry: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { registry } = await loadRegistryPage((await params).registry);
  return { title: registry.displayName };
}

export default async function Page({ params }: Props) {
  const { registry, role } = await loadRegistryPage((await params).registry);
  return <RegistryOverview registry={registry} role={role} />;
}
