import { dehydrate, HydrationBoundary } from '@tanstack/react-query';
import type { Metadata } from 'next';
import { RememberRegistry } from '@/components/models/RememberRegistry';
import { VersionHeader } from '@/components/versions/VersionHeader';
import { modelKeys } from '@/lib/queries/models';
import { prefetchServingEnvironments } from '@/lib/server/deployment-pages';
import { loadRegistryPage, orNotFound } from '@/lib/server/pages';
import { getServerQueryClient } from '@/lib/server/query-client';
import { getModel } from '@/lib/server/services/models';
import { getVersion } from '@/lib/server/services/versions';

type Props = {
  params: Promise<{ registry: string; model: string; version: string }>;
  children: React.ReactNode;
};

export async function generateMetadata({ params }: Omit<Props, 'children'>): Promise<Metadata> {
  const p = await params;
  // Unlike layouts and pages, generateMetadata gets its params already decoded.
  return { title: `${p.version} · ${p.model}` };
}

export default async function VersionLayout({ params, children }: Props) {
  const p = await params;
  const { principal, registry, role } = await loadRegistryPage(p.registry);
  const modelName = decodeURIComponent(p.model);
  const versionName = decodeURIComponent(p.version);
  const [{ model, etag: modelEtag }, { version, etag }] = await orNotFound(() =>
    Promise.all([
      getModel(principal, registry.name, modelName),
      getVersion(principal, registry.name, modelName, versionName),
    ]),
  );
  const queryClient = getServerQueryClient();
  queryClient.setQueryData(modelKeys.detail(registry.name, model.name), { item: model, etag: modelEtag });
  queryClient.setQueryData(modelKeys.version(registry.name, model.name, version.name), { item: version, etag });
  // The Deploy action shows only when the registry has somewhere to deploy to.
  await prefetchServingEnvironments(queryClient, principal, registry.name);
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <RememberRegistry registry={registry.name} />
      <VersionHeader
        registry={registry.name}
        registryId={registry.id}
        registryDisplayName={registry.displayName}
        model={model.name}
        version={version.name}
        role={role}
      >
        {children}
      </VersionHeader>
    </HydrationBoundary>
  );
}
