'use client';

import { Breadcrumb, BreadcrumbItem, PageBreadcrumb } from '@patternfly/react-core';
import Link from 'next/link';
import { routes } from '@/lib/routes';

export type Crumb = { label: string; href: string };

/** Registries › {registry} › Models › …trail › current. */
export function RegistryBreadcrumb({
  registry,
  registryDisplayName,
  trail = [],
  current,
  omitModels = false,
}: {
  registry: string;
  registryDisplayName: string;
  trail?: Crumb[];
  current: string;
  /** For pages outside the models (settings): no "Models" crumb. */
  omitModels?: boolean;
}) {
  const crumbs: Crumb[] = [
    { label: 'Registries', href: routes.registries() },
    { label: registryDisplayName, href: routes.models(registry) },
    ...(current === 'Models' || omitModels ? [] : [{ label: 'Models', href: routes.models(registry) }]),
    ...trail,
  ];
  return (
    <PageBreadcrumb>
      <Breadcrumb>
        {crumbs.map((c) => (
          <BreadcrumbItem
            key={c.href + c.label}
            render={({ className }) => (
              <Link className={className} href={c.href}>
                {c.label}
              </Link>
            )}
          />
        ))}
        <BreadcrumbItem isActive>{current}</BreadcrumbItem>
      </Breadcrumb>
    </PageBreadcrumb>
  );
}
