import { dehydrate, HydrationBoundary } from '@tanstack/react-query';
import { ModelHeader } from '@/components/models/ModelHeader';
import { MODEL_TAB_PANEL_ID } from '@/lib/tab-panels';
import { RememberRegistry } from '@/components/models/RememberRegistry';
import { modelKeys } from '@/lib/queries/models';
import { loadRegistryPage, orNotFound } from '@/lib/server/pages';
import { getServerQueryClient } from '@/lib/server/query-client';
import { getModel } from '@/lib/server/services/models';

type Props = { params: Promise<{ registry: string; model: string }>; children: React.ReactNode };

export default async function ModelLayout({ params, children }: Props) {
  const p = await params;
  const { principal, registry, role } = await loadRegistryPage(p.registry);
  const modelName = decodeURIComponent(p.model);
  const { model, etag } = await orNotFound(() => getModel(principal, registry.name, modelName));
  const queryClient = getServerQueryClient();
  queryClient.setQueryData(modelKeys.detail(registry.name, model.name), { item: model, etag });
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <RememberRegistry registry={registry.name} />
      <ModelHeader registry={registry.name} registryDisplayName={registry.displayName} model={model.name} role={role} />
      <div id={MODEL_TAB_PANEL_ID} role="tabpanel" aria-label={`${model.name} details`}>
        {children}
      </div>
    </HydrationBoundary>
  );
}
