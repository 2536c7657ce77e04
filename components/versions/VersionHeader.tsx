'use client';

import {
  Alert,
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
import Link from 'next/link';
import { usePathname, useRouter } from 'next/navigation';
import { useState } from 'react';
import { ArchivedBanner } from '@/components/common/ArchivedBanner';
import { LifecycleButtons, LifecycleDialogs, type LifecycleDialog } from '@/components/common/LifecycleActions';
import { DeployButton, undeployFirst } from '@/components/deployments/DeployButton';
import { useToast } from '@/components/common/Toasts';
import { RegistryBreadcrumb } from '@/components/models/RegistryBreadcrumb';
import { useModel } from '@/components/models/useModel';
import { routes, type VersionTab } from '@/lib/routes';
import { canDo, type RegistryRole } from '@/lib/roles';
import { VERSION_TAB_PANEL_ID } from '@/lib/tab-panels';
import { useDeleteVersion, usePatchVersion, useVersion } from './useVersion';
import { spaceAbove, subtleText } from './styles';
import { VersionSwitcher } from './VersionSwitcher';

const TABS: { key: VersionTab; title: string }[] = [
  { key: 'details', title: 'Details' },
  { key: 'deployments', title: 'Deployments' },
];

// PatternFly names each tab `pf-tab-{key}-{id}`; the panel below points back at the active one.
const TAB_ID = 'version-section';

export function VersionHeader({
  registry,
  registryId,
  registryDisplayName,
  model: modelName,
  version: versionName,
  role,
  children,
}: {
  registry: string;
  registryId: string;
  registryDisplayName: string;
  model: string;
  version: string;
  role: RegistryRole;
  /** The active tab's content, labelled by its tab. */
  children: React.ReactNode;
}) {
  const router = useRouter();
  const pathname = usePathname();
  const { notify } = useToast();
  const [dialog, setDialog] = useState<LifecycleDialog>(null);
  const { data: model } = useModel(registry, modelName);
  const { data } = useVersion(registry, modelName, versionName);
  const patch = usePatchVersion(registry, modelName, versionName, (v) =>
    v.ownState === 'ARCHIVED' ? `Version "${v.name}" archived` : `Version "${v.name}" restored`,
  );
  const del = useDeleteVersion(registry, modelName, versionName, () =>
    router.push(routes.model(registry, modelName, 'versions')),
  );
  const version = data?.item;
  if (!version) return null;

  // An archived model makes all its versions read-only; only restoring the model undoes that.
  const modelArchived = model?.item.state === 'ARCHIVED';
  const ownArchived = version.ownState === 'ARCHIVED';
  const archived = version.state === 'ARCHIVED';
  const canEdit = canDo(role, 'contributor');
  const canDelete = canDo(role, 'admin');
  const activeTab: VersionTab = pathname.endsWith('/deployments') ? 'deployments' : 'details';
  // The API refuses (409) to archive or delete what is still deployed; say so before anyone tries.
  const deployed = undeployFirst(version.activeDeployments);

  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      notify({ variant: 'info', title: 'Link copied' });
    } catch {
      notify({ variant: 'warning', title: 'The link could not be copied', description: window.location.href });
    }
  };

  return (
    <>
      <RegistryBreadcrumb
        registry={registry}
        registryDisplayName={registryDisplayName}
        trail={[{ label: modelName, href: routes.model(registry, modelName) }]}
        current={version.name}
      />
      <PageSection>
        <Flex
          justifyContent={{ default: 'justifyContentSpaceBetween' }}
          alignItems={{ default: 'alignItemsFlexStart' }}
          gap={{ default: 'gapMd' }}
        >
          <FlexItem>
            <Flex alignItems={{ default: 'alignItemsCenter' }} gap={{ default: 'gapMd' }}>
              <Title headingLevel="h1">
                {version.name}{' '}
                {version.isLatest && (
                  <Label color="green" isCompact>
                    Latest
                  </Label>
                )}{' '}
                {archived && (
                  <Label color="grey" isCompact>
                    Archived
                  </Label>
                )}
              </Title>
              <VersionSwitcher registry={registry} model={modelName} current={version.name} tab={activeTab} />
            </Flex>
            <Content component="p" style={{ ...spaceAbove('xs'), ...subtleText }}>
              Version of <Link href={routes.model(registry, modelName)}>{modelName}</Link>
            </Content>
          </FlexItem>
          <FlexItem>
            <Flex gap={{ default: 'gapSm' }}>
              {!archived && (
                <DeployButton
                  registry={{ id: registryId, name: registry }}
                  model={modelName}
                  version={version.name}
                  role={role}
                />
              )}
              <LifecycleButtons
                what="version"
                isArchived={ownArchived}
                showArchive={!modelArchived}
                canEdit={canEdit}
                canDelete={canDelete}
                deployed={deployed}
                onOpen={setDialog}
              />
              <Tooltip content="Copy link to this page">
                <Button
                  variant="plain"
                  aria-label="Copy link to this page"
                  icon={<LinkIcon />}
                  onClick={() => void copyLink()}
                />
              </Tooltip>
            </Flex>
          </FlexItem>
        </Flex>
        {modelArchived ? (
          <Alert variant="info" isInline title={`The model ${modelName} is archived`} style={spaceAbove('md')}>
            Its versions are read-only while the model is archived.{' '}
            {canEdit ? (
              <>
                <Link href={routes.model(registry, modelName)}>Restore the model</Link> to make changes.
              </>
            ) : (
              <>
                A contributor can restore <Link href={routes.model(registry, modelName)}>the model</Link>.
              </>
            )}
          </Alert>
        ) : (
          ownArchived && (
            <div style={spaceAbove('md')}>
              <ArchivedBanner what="version" canRestore={canEdit} onRestore={() => setDialog('restore')} />
            </div>
          )
        )}
      </PageSection>
      <PageSection type="tabs">
        <Tabs
          activeKey={activeTab}
          component="nav"
          aria-label="Version sections"
          onSelect={(e, key) => {
            e.preventDefault();
            router.push(routes.version(registry, modelName, version.name, key === 'deployments' ? key : 'details'));
          }}
        >
          {TABS.map((t) => (
            <Tab
              key={t.key}
              eventKey={t.key}
              id={TAB_ID}
              tabContentId={VERSION_TAB_PANEL_ID}
              title={<TabTitleText>{t.title}</TabTitleText>}
              href={routes.version(registry, modelName, version.name, t.key)}
            />
          ))}
        </Tabs>
      </PageSection>
      <div id={VERSION_TAB_PANEL_ID} role="tabpanel" aria-labelledby={`pf-tab-${activeTab}-${TAB_ID}`}>
        {children}
      </div>
      <LifecycleDialogs
        dialog={dialog}
        name={version.name}
        body={{
          archive: (
            <p>
              The version becomes read-only and leaves the default lists.
              {version.isLatest && ` ${modelName}'s latest version becomes the previous live one.`} You can restore it
              later.
            </p>
          ),
          restore: <p>The version becomes live and editable again.</p>,
          delete: <p>The version and its artifacts are deleted for good. This cannot be undone.</p>,
        }}
        onClose={() => setDialog(null)}
        isPatching={patch.isPending}
        onSetState={(state) => patch.mutate({ state }, { onSettled: () => setDialog(null) })}
        isDeleting={del.isPending}
        onDelete={() => del.mutate(undefined, { onError: () => setDialog(null) })}
      />
    </>
  );
}
