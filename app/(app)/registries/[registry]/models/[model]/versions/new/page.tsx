import type { Metadata } from 'next';
import { RegisterVersionForm } from '@/components/register/RegisterVersionForm';
import { prefillFrom } from '@/components/register/register-form';
import { hasRole } from '@/lib/server/auth/authorize';
import type { Principal } from '@/lib/server/auth/principal';
import { requirePrincipal } from '@/lib/server/auth/require';
import { orRegistryNotFound } from '@/lib/server/pages';
import { getModel } from '@/lib/server/services/models';
import { getRegistry } from '@/lib/server/services/registries';
import { getVersion } from '@/lib/server/services/versions';

type Props = { params: Promise<{ registry: string; model: string }> };

async function load(principal: Principal, registryName: string, modelName: string) {
  return orRegistryNotFound(principal, registryName, async () => {
    const { registry, role } = await getRegistry(principal, registryName);
    const { model } = await getModel(principal, registryName, modelName);
    const latest = model.latestVersion
      ? await getVersion(principal, registryName, modelName, model.latestVersion.name).then(
          (r) => r.version,
          () => null, // archived or deleted meanwhile: start from an empty form
        )
      : null;
    return { registry, role, model, latest };
  });
}

// Next hands generateMetadata the segments already decoded (the page gets them encoded).
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Register new version of ${(await params).model}` };
}

// /registries/{registry}/models/{model}/versions/new — register a version, pre-filled from the latest (contributor)
export default async function Page({ params }: Props) {
  const principal = await requirePrincipal();
  const p = await params;
  const { registry, role, model, latest } = await load(
    principal,
    decodeURIComponent(p.registry),
    decodeURIComponent(p.model),
  );
  const readOnlyReason = !hasRole(role, 'contributor')
    ? 'You can view this model but not change it. Ask a registry admin for the contributor role to register versions.'
    : model.state === 'ARCHIVED'
      ? `${model.name} is archived. Restore it before registering a new version.`
      : undefined;
  return (
    <RegisterVersionForm
      registry={{ name: registry.name, displayName: registry.displayName }}
      model={model.name}
      prefill={latest ? prefillFrom(latest) : null}
      readOnlyReason={readOnlyReason}
    />
  );
}
