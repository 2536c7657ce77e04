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
  Tooltip,
} from '@patternfly/react-core';
import { LinkIcon } from '@patternfly/react-icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { usePathname, useRouter } from 'next/navigation';
import { useState } from 'react';
import { ArchivedBanner } from '@/components/common/ArchivedBanner';
import { ConfirmModal } from '@/components/common/ConfirmModal';
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
  const [dialog, setDialog] = useState<'archive' | 'restore' | 'delete' | null>(null);
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

  const guarded = (allowed: boolean, reason: string, button: React.ReactElement) =>
    allowed ? button : <Tooltip content={reason}>{button}</Tooltip>;

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
              {archived
                ? guarded(
                    canEdit,
                    'You need the contributor role on this registry to archive or restore models.',
                    <Button variant="secondary" isAriaDisabled={!canEdit} onClick={() => setDialog('restore')}>
                      Restore
                    </Button>,
                  )
                : guarded(
                    canEdit && !deployed,
                    deployed ?? 'You need the contributor role on this registry to archive or restore models.',
                    <Button
                      variant="secondary"
                      isAriaDisabled={!canEdit || deployed !== null}
                      onClick={() => setDialog('archive')}
                    >
                      Archive
                    </Button>,
                  )}
              {guarded(
                canDelete && !deployed,
                deployed ?? 'Only registry admins can delete models.',
                <Button
                  variant="danger"
                  isAriaDisabled={!canDelete || deployed !== null}
                  onClick={() => setDialog('delete')}
                >
                  Delete
                </Button>,
              )}
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
      {dialog === 'archive' && (
        <ConfirmModal
          title={`Archive ${model.name}?`}
          body={
            <p>
              The model and all its versions become read-only and leave the default lists. You can restore it later.
            </p>
          }
          confirmLabel="Archive"
          variant="danger"
          typeToConfirm={model.name}
          isPending={patch.isPending}
          onConfirm={() => patch.mutate({ state: 'ARCHIVED' }, { onSettled: () => setDialog(null) })}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'restore' && (
        <ConfirmModal
          title={`Restore ${model.name}?`}
          body={<p>The model and its versions become live and editable again.</p>}
          confirmLabel="Restore"
          isPending={patch.isPending}
          onConfirm={() => patch.mutate({ state: 'LIVE' }, { onSettled: () => setDialog(null) })}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'delete' && (
        <ConfirmModal
          title={`Delete ${model.name}?`}
          body={<p>The model, all its versions and their artifacts are deleted for good. This cannot be undone.</p>}
          confirmLabel="Delete"
          variant="danger"
          typeToConfirm={model.name}
          isPending={del.isPending}
          onConfirm={() => del.mutate()}
          onClose={() => setDialog(null)}
        />
      )}
    </>
  );
}
