'use client';

import {
  Masthead,
  MastheadBrand,
  MastheadContent,
  MastheadLogo,
  MastheadMain,
  MastheadToggle,
  Nav,
  NavGroup,
  NavItem,
  NavList,
  Page,
  PageSidebar,
  PageSidebarBody,
  PageToggleButton,
  SkipToContent,
  Toolbar,
  ToolbarContent,
  ToolbarGroup,
  ToolbarItem,
} from '@patternfly/react-core';
import { BarsIcon } from '@patternfly/react-icons';
import Link from 'next/link';
import { useQuery } from '@tanstack/react-query';
import { usePathname } from 'next/navigation';
import { registryMenuQuery, registryQuery } from '@/lib/queries/registries';
import { navigation, routes, type NavItem as NavEntry } from '@/lib/routes';
import type { Theme } from '@/lib/theme';
import { ThemeToggle } from './ThemeToggle';
import { UserMenu } from './UserMenu';
import { RegistrySelector } from './RegistrySelector';

export type ShellUser = { username: string; displayName: string; isPlatformAdmin: boolean };

export const MAIN_CONTENT_ID = 'main-content';

/** The registry name in the current URL, if any. */
function registryFromPath(pathname: string): string | null {
  const match = /^\/registries\/([^/]+)/.exec(pathname);
  return match?.[1] ? decodeURIComponent(match[1]) : null;
}

/**
 * The caller's role on the registry of the URL, from the selector's list (one query for
 * the shell, not one per registry); only a registry beyond that list is read alone. A
 * "no access" page has no role and asks nothing.
 */
function useRegistryRole(registry: string | null, pathname: string) {
  const menu = useQuery(registryMenuQuery);
  const inMenu = registry ? menu.data?.items.find((r) => r.name === registry) : undefined;
  const needsOwn =
    registry !== null && !pathname.endsWith('/no-access') && menu.isSuccess && !inMenu && menu.data.nextCursor !== null;
  const own = useQuery({ ...registryQuery(registry ?? ''), enabled: needsOwn, retry: false });
  return inMenu?.role ?? (needsOwn ? (own.data?.role ?? null) : null);
}

export function AppShell({ user, theme, children }: { user: ShellUser; theme: Theme; children: React.ReactNode }) {
  const pathname = usePathname();
  const registry = registryFromPath(pathname);
  const registryRole = useRegistryRole(registry, pathname);
  const items = navigation({ registry, isPlatformAdmin: user.isPlatformAdmin, registryRole });

  const masthead = (
    <Masthead>
      <MastheadMain>
        <MastheadToggle>
          <PageToggleButton isHamburgerButton aria-label="Main navigation">
            <BarsIcon />
          </PageToggleButton>
        </MastheadToggle>
        <MastheadBrand>
          <MastheadLogo component={Link} href={routes.home()} className="mr-masthead-logo">
            {/* eslint-disable-next-line @next/next/no-img-element -- a small static SVG needs no optimisation */}
            <img src="/logo.svg" alt="" width={32} height={32} />
            <span className="mr-masthead-title">Model Registry</span>
          </MastheadLogo>
        </MastheadBrand>
      </MastheadMain>
      <MastheadContent>
        <Toolbar isFullHeight isStatic>
          <ToolbarContent>
            <ToolbarItem>
              <RegistrySelector current={registry} />
            </ToolbarItem>
            <ToolbarGroup align={{ default: 'alignEnd' }} gap={{ default: 'gapMd' }}>
              <ToolbarItem>
                <ThemeToggle initial={theme} />
              </ToolbarItem>
              <ToolbarItem>
                <UserMenu user={user} />
              </ToolbarItem>
            </ToolbarGroup>
          </ToolbarContent>
        </Toolbar>
      </MastheadContent>
    </Masthead>
  );

  const renderItem = (item: NavEntry) => (
    <NavItem key={item.id} itemId={item.id} isActive={item.isActive(pathname)}>
      {/* Not prefetched: the sidebar is on every page, and each view would fetch every section. */}
      <Link href={item.href} prefetch={false} aria-current={item.isActive(pathname) ? 'page' : undefined}>
        {item.label}
      </Link>
    </NavItem>
  );
  const adminItems = items.filter((i) => i.section === 'Administration');
  const sidebar = (
    <PageSidebar>
      <PageSidebarBody>
        <Nav aria-label="Main">
          <NavList>{items.filter((i) => !i.section).map(renderItem)}</NavList>
          {adminItems.length > 0 && <NavGroup title="Administration">{adminItems.map(renderItem)}</NavGroup>}
        </Nav>
      </PageSidebarBody>
    </PageSidebar>
  );

  return (
    <Page
      masthead={masthead}
      sidebar={sidebar}
      isManagedSidebar
      skipToContent={<SkipToContent href={`#${MAIN_CONTENT_ID}`}>Skip to content</SkipToContent>}
      mainContainerId={MAIN_CONTENT_ID}
    >
      {children}
    </Page>
  );
}
