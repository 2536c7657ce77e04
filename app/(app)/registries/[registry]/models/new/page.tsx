import type { Metadata } from 'next';
import { ChooseModelForVersion } from '@/components/register/ChooseModelForVersion';
import { RegisterModelForm } from '@/components/register/RegisterModelForm';
import { hasRole } from '@/lib/server/auth/authorize';
import { requirePrincipal } from '@/lib/server/auth/require';
import { orRegistryNotFound } from '@/lib/server/pages';
import { getRegistry } from '@/lib/server/services/registries';

type Props = {
  params: Promise<{ registry: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const READ_ONLY =
  'You can view this registry but not change it. Ask a registry admin for the contributor role to register models.';

/** `?version=1` is "Register new version" from the models list: choose the model first. */
const choosesModel = async (searchParams: Props['searchParams']) => (await searchParams).version === '1';

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return { title: (await choosesModel(searchParams)) ? 'Register new version' : 'Register model' };
}

// /registries/{registry}/models/new — register a model with its first version (contributor)
export default async function Page({ params, searchParams }: Props) {
  const principal = await requirePrincipal();
  const name = decodeURIComponent((await params).registry);
  const { registry, role } = await orRegistryNotFound(principal, name, () => getRegistry(principal, name));
  const ref = { name: registry.name, displayName: registry.displayName };
  if (await choosesModel(searchParams)) return <ChooseModelForVersion registry={ref} />;
  return <RegisterModelForm registry={ref} readOnlyReason={hasRole(role, 'contributor') ? undefined : READ_ONLY} />;
}
