'use client';

import {
  Button,
  Content,
  EmptyState,
  EmptyStateActions,
  EmptyStateBody,
  EmptyStateFooter,
  PageSection,
  Tab,
  Tabs,
  TabTitleText,
  Title,
} from '@patternfly/react-core';
import { LockIcon } from '@patternfly/react-icons';
import Link from 'next/link';
import { usePathname, useRouter } from 'next/navigation';
import { RegistryBreadcrumb } from '@/components/models/RegistryBreadcrumb';
import { routes, type SettingsSection } from '@/lib/routes';
import { SETTINGS_PANEL_ID } from '@/lib/tab-panels';

const SECTIONS: { key: SettingsSection; title: string }[] = [
  { key: 'permissions', title: 'Permissions' },
  { key: 'serving-environments', title: 'Serving environments' },
];

/** "Registry settings": the title and the sections (Permissions, Serving environments) as links. */
export function SettingsHeader({ registry, registryDisplayName }: { registry: string; registryDisplayName: string }) {
  const pathname = usePathname();
  const router = useRouter();
  const active = SECTIONS.find((s) => pathname.includes(`/settings/${s.key}`))?.key ?? 'permissions';
  return (
    <>
      <RegistryBreadcrumb
        registry={registry}
        registryDisplayName={registryDisplayName}
        current="Registry settings"
        underModels={false}
      />
      <PageSection>
        <Title headingLevel="h1">Registry settings</Title>
        <Content component="p" className="pf-v6-u-text-color-subtle">
          Who may use {registryDisplayName}, and where its models are served.
        </Content>
      </PageSection>
      <PageSection type="tabs">
        <Tabs
          activeKey={active}
          component="nav"
          aria-label="Registry settings sections"
          onSelect={(e, key) => {
            e.preventDefault();
            router.push(routes.registrySettings(registry, key === 'serving-environments' ? key : 'permissions'));
          }}
        >
          {SECTIONS.map((s) => (
            <Tab
              key={s.key}
              eventKey={s.key}
              title={<TabTitleText>{s.title}</TabTitleText>}
              href={routes.registrySettings(registry, s.key)}
              tabContentId={SETTINGS_PANEL_ID}
            />
          ))}
        </Tabs>
      </PageSection>
    </>
  );
}

/** A registry member without the admin role opened the settings: says what is needed. */
export function NeedsRegistryAdmin({ registry }: { registry: string }) {
  return (
    <PageSection>
      <NeedsAdminState registry={registry} />
    </PageSection>
  );
}

function NeedsAdminState({ registry }: { registry: string }) {
  return (
    <EmptyState titleText="You need the registry admin role" headingLevel="h2" icon={LockIcon}>
      <EmptyStateBody>
        Only admins of this registry (and platform administrators) manage who has access to it. Ask one of its admins if
        you need a change.
      </EmptyStateBody>
      <EmptyStateFooter>
        <EmptyStateActions>
          <Button variant="primary" component={(props: object) => <Link {...props} href={routes.models(registry)} />}>
            Back to models
          </Button>
        </EmptyStateActions>
      </EmptyStateFooter>
    </EmptyState>
  );
}
