import { ModelOverview } from '@/components/models/ModelOverview';
import { loadRegistryPage } from '@/lib/server/pages';

type Props = { params: Promise<{ registry: string; model: string }> };

// /registries/{registry}/models/{model}/overview — description, labels, properties, model card, latest versions
export default async function Page({ params }: Props) {
  const p = await params;
  const { registry, role } = await loadRegistryPage(p.registry);
  return <ModelOverview registry={registry.name} model={decodeURIComponent(p.model)} role={role} />;
}
