'use client';

import {
  Button,
  Content,
  Flex,
  FlexItem,
  Label,
  PageSection,
  Tab,
  Tabs,
  TabTitleText,
  Title,
} from '@patternfly/react-core';
import { LinkIcon } from '@patternfly/react-icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { usePathname, useRouter } from 'next/navigation';
import { useState } from 'react';
import { ArchivedBanner } from '@/components/common/ArchivedBanner';
import {
  guarded,
  LifecycleButtons,
  LifecycleDialogs,
  type LifecycleDialog,
} from '@/components/common/LifecycleActions';
import { undeployFirst } from '@/components/deployments/DeployButton';
import { useToast } from '@/components/common/Toasts';
import { apiFetch } from '@/lib/api-client';
import { modelKeys, type ModelWithEtag } from '@/lib/queries/models';
import { api, routes, type ModelTab } from '@/lib/routes';
import type { RegistryRole } from '@/lib/roles';
import { canDo } from '@/lib/roles';
import { MODEL_TAB_PANEL_ID } from '@/lib/tab-panels';
import { RegistryBreadcrumb } from './RegistryBreadcrumb';
import { useModel, usePatchModel } from './useModel';

const TABS: { key: ModelTab; title: string }[] = [
  { key: 'overview', title: 'Overview' },
  { key: 'versions', title: 'Versions' },
  { key: 'deployments', title: 'Deployments' },
];

export function ModelHeader({
  registry,
  registryDisplayName,
  model: modelName,
  role,
}: {
  registry: string;
  registryDisplayName: string;
  model: string;
  role: RegistryRole;
}) {
  const router = useRouter();
  const pathname = usePathname();
  const queryClient = useQueryClient();
  const { notify } = useToast();
  const { data } = useModel(registry, modelName);
  const [dialog, setDialog] = useState<LifecycleDialog>(null);
  const patch = usePatchModel(registry, modelName, (m) =>
    m.state === 'ARCHIVED' ? `Model "${m.name}" archived` : `Model "${m.name}" restored`,
  );
  const del = useMutation({
    mutationFn: () => {
      const etag = queryClient.getQueryData<ModelWithEtag>(modelKeys.detail(registry, modelName))?.etag;
      return apiFetch<void>(api.model(registry, modelName), {
        method: 'DELETE',
        headers: etag ? { 'If-Match': etag } : {},
      });
    },
    onSuccess: () => {
      notify({ variant: 'success', title: `Model "${modelName}" deleted` });
      queryClient.removeQueries({ queryKey: modelKeys.detail(registry, modelName) });
      void queryClient.invalidateQueries({ queryKey: modelKeys.all(registry) });
      router.push(routes.models(registry));
    },
    onError: (err) => notify({ variant: 'danger', title: 'The model was not deleted', description: err.message }),
  });
  const model = data?.item;
  if (!model) return null;
  const archived = model.state === 'ARCHIVED';
  const canEdit = canDo(role, 'contributor');
  const canDelete = canDo(role, 'admin');
  const activeTab = TABS.find((t) => pathname.endsWith(`/${t.key}`))?.key ?? 'overview';
  // The API refuses (409) to archive or delete what is still deployed; say so before anyone tries.
  const deployed = undeployFirst(model.activeDeployments);

  const copyLink = async () => {
    await navigator.clipboard.writeText(window.location.href);
    notify({ variant: 'info', title: 'Link copied' });
  };

  return (
    <>
      <RegistryBreadcrumb registry={registry} registryDisplayName={registryDisplayName} current={model.name} />
      <PageSection>
        <Flex
          justifyContent={{ default: 'justifyContentSpaceBetween' }}
          alignItems={{ default: 'alignItemsFlexStart' }}
        >
          <FlexItem>
            <Title headingLevel="h1">
              {model.name}{' '}
              {archived && (
                <Label color="grey" isCompact>
                  Archived
                </Label>
              )}
            </Title>
            {model.description && <Content component="p">{model.description.split('\n')[0]}</Content>}
          </FlexItem>
          <FlexItem>
            <Flex gap={{ default: 'gapSm' }}>
              {!archived &&
                guarded(
                  canEdit,
                  'You need the contributor role on this registry to register versions.',
                  <Button
                    variant="primary"
                    isAriaDisabled={!canEdit}
                    onClick={() => router.push(routes.newVersion(registry, model.name))}
                  >
                    Register new version
                  </Button>,
                )}
              <LifecycleButtons
                what="model"
                isArchived={archived}
                canEdit={canEdit}
                canDelete={canDelete}
                deployed={deployed}
                onOpen={setDialog}
              />
              <Button
                variant="plain"
                aria-label="Copy link to this page"
                icon={<LinkIcon />}
                onClick={() => void copyLink()}
              />
            </Flex>
          </FlexItem>
        </Flex>
        {archived && (
          <div className="pf-v6-u-mt-md">
            <ArchivedBanner what="model" canRestore={canEdit} onRestore={() => setDialog('restore')} />
          </div>
        )}
      </PageSection>
      <PageSection type="tabs">
        <Tabs
          activeKey={activeTab}
          component="nav"
          aria-label="Model sections"
          onSelect={(e, key) => {
            e.preventDefault();
            router.push(
              routes.model(registry, model.name, key === 'versions' || key === 'deployments' ? key : 'overview'),
            );
          }}
        >
          {TABS.map((t) => (
            <Tab
              key={t.key}
              eventKey={t.key}
              title={<TabTitleText>{t.title}</TabTitleText>}
              href={routes.model(registry, model.name, t.key)}
              tabContentId={MODEL_TAB_PANEL_ID}
            />
          ))}
        </Tabs>
      </PageSection>
      <LifecycleDialogs
        dialog={dialog}
        name={model.name}
        body={{
          archive: (
            <p>
              The model and all its versions become read-only and leave the default lists. You can restore it later.
            </p>
          ),
          restore: <p>The model and its versions become live and editable again.</p>,
          delete: <p>The model, all its versions and their artifacts are deleted for good. This cannot be undone.</p>,
        }}
        onClose={() => setDialog(null)}
        isPatching={patch.isPending}
        onSetState={(state) => patch.mutate({ state }, { onSettled: () => setDialog(null) })}
        isDeleting={del.isPending}
        onDelete={() => del.mutate()}
      />
    </>
  );
}
