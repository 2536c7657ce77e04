import { VersionDetails } from '@/components/versions/VersionDetails';
import { loadRegistryPage } from '@/lib/server/pages';

type Props = { params: Promise<{ registry: string; model: string; version: string }> };

// /registries/{registry}/models/{model}/versions/{version}/details — metadata and where the model files are
export default async function Page({ params }: Props) {
  const p = await params;
  const { registry, role } = await loadRegistryPage(p.registry);
  return (
    <VersionDetails
      registry={registry.name}
      model={decodeURIComponent(p.model)}
      version={decodeURIComponent(p.version)}
      role={role}
    />
  );
}
