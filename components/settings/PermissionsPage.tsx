'use client';

import { PageSection, Tab, Tabs, TabTitleText } from '@patternfly/react-core';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import type { PermissionsTab } from '@/lib/routes';
import { PERMISSIONS_PANEL_ID } from '@/lib/tab-panels';
import { GrantsTab } from './GrantsTab';
import { TokensTab } from './TokensTab';
import { WhoHasAccessTab } from './WhoHasAccessTab';

const TABS: { key: PermissionsTab; title: string }[] = [
  { key: 'users', title: 'Users' },
  { key: 'groups', title: 'Groups' },
  { key: 'tokens', title: 'API tokens' },
  { key: 'access', title: 'Who has access' },
];

/** The tab of `?tab=`; Users when absent or unknown. */
export function permissionsTab(value: string | string[] | undefined): PermissionsTab {
  const v = Array.isArray(value) ? value[0] : value;
  return TABS.find((t) => t.key === v)?.key ?? 'users';
}

/** Permissions of a registry: grants to users and groups, API tokens, and everyone's effective role. */
export function PermissionsPage({ registry, isPlatformAdmin }: { registry: string; isPlatformAdmin: boolean }) {
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
        {tab === 'users' && <GrantsTab registry={registry} kind="user" canSuggest={isPlatformAdmin} />}
        {tab === 'groups' && <GrantsTab registry={registry} kind="group" canSuggest={isPlatformAdmin} />}
        {tab === 'tokens' && <TokensTab registry={registry} />}
        {tab === 'access' && <WhoHasAccessTab registry={registry} />}
      </div>
    </PageSection>
  );
}
