'use client';

import { PageSection, Tab, Tabs, TabTitleText } from '@patternfly/react-core';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { PERMISSIONS_PANEL_ID } from '@/lib/tab-panels';
import { GrantsTab } from './GrantsTab';
import { PERMISSIONS_TABS as TABS, permissionsTab } from './permissions-tabs';
import { TokensTab } from './TokensTab';
import { WhoHasAccessTab } from './WhoHasAccessTab';

/** Permissions of a registry: grants to users and groups, API tokens, and everyone's effective role. */
export function PermissionsPage({ registry }: { registry: string }) {
  const router = useRouter();
  const pathname = usePathname();
  const tab = permissionsTab(useSearchParams().get('tab') ?? undefined);
  return (
    <PageSection>
      <Tabs
        activeKey={tab}
        isSubtab
        aria-label="Permissions"
        onSelect={(_e, key) => router.push(`${pathname}?tab=${String(key)}`, { scroll: false })}
        mountOnEnter
        unmountOnExit
      >
        {TABS.map((t) => (
          <Tab
            key={t.key}
            eventKey={t.key}
            title={<TabTitleText>{t.title}</TabTitleText>}
            tabContentId={PERMISSIONS_PANEL_ID}
          />
        ))}
      </Tabs>
      <div
        id={PERMISSIONS_PANEL_ID}
        role="tabpanel"
        aria-label={TABS.find((t) => t.key === tab)?.title}
        className="pf-v6-u-pt-md"
      >
        {tab === 'users' && <GrantsTab registry={registry} kind="user" />}
        {tab === 'groups' && <GrantsTab registry={registry} kind="group" />}
        {tab === 'tokens' && <TokensTab registry={registry} />}
        {tab === 'access' && <WhoHasAccessTab registry={registry} />}
      </div>
    </PageSection>
  );
}
