import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { RegistryOverview } from '@/components/registries/RegistryOverview';
import { requirePrincipal } from '@/lib/server/auth/require';
import { getRegistry } from '@/lib/server/services/registries';
import { AppError } from '@/lib/server/errors';

type Props = { params: Promise<{ registry: string }> };

async function load(name: string) {
  const principal = await requirePrincipal();
  try {
    return await getRegistry(principal, name);
  } catch (err) {
    if (err instanceof AppError && err.code === 'not_found') notFound();
    throw err;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { registry } = await load(decodeURIComponent((await params).registry));
  return { title: registry.displayName };
}

export default async function Page({ params }: Props) {
  const { registry, role } = await load(decodeURIComponent((await params).registry));
  return <RegistryOverview registry={registry} role={role} />;
}
