'use client';

import { Breadcrumb, BreadcrumbItem, Content, PageBreadcrumb, PageSection, Title } from '@patternfly/react-core';
import Link from 'next/link';
import { routes } from '@/lib/routes';

export type RegistryRef = { name: string; displayName: string };
export type Crumb = { label: string; href: string };

/** Breadcrumbs (Registries › registry › Models › …) and the page title. */
export function RegisterHeader({
  registry,
  trail = [],
  current,
  title,
  description,
}: {
  registry: RegistryRef;
  trail?: Crumb[];
  current: string;
  title: React.ReactNode;
  description?: React.ReactNode;
}) {
  const crumbs: Crumb[] = [
    { label: 'Registries', href: routes.registries() },
    { label: registry.displayName, href: routes.registry(registry.name) },
    { label: 'Models', href: routes.models(registry.name) },
    ...trail,
  ];
  return (
    <>
      <PageBreadcrumb>
        <Breadcrumb>
          {crumbs.map((crumb) => (
            <BreadcrumbItem
              key={crumb.href}
              render={({ className }) => (
                <Link className={className} href={crumb.href}>
                  {crumb.label}
                </Link>
              )}
            />
          ))}
          <BreadcrumbItem isActive>{current}</BreadcrumbItem>
        </Breadcrumb>
      </PageBreadcrumb>
      <PageSection>
        <Title headingLevel="h1">{title}</Title>
        {description && <Content component="p">{description}</Content>}
      </PageSection>
    </>
  );
}
