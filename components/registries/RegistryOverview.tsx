'use client';

import {
  Breadcrumb,
  BreadcrumbItem,
  Content,
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
  Label,
  PageBreadcrumb,
  PageSection,
  Title,
} from '@patternfly/react-core';
import Link from 'next/link';
import { useEffect } from 'react';
import { FormattedTime } from '@/components/common/FormattedTime';
import { LAST_REGISTRY_COOKIE } from '@/lib/preferences';
import { routes } from '@/lib/routes';
import type { TRegistry } from '@/lib/validation/registry';

const ROLE_LABEL = { viewer: 'Viewer', contributor: 'Contributor', admin: 'Registry admin' } as const;

export function RegistryOverview({ registry, role }: { registry: TRegistry; role: keyof typeof ROLE_LABEL }) {
  useEffect(() => {
    document.cookie = `${LAST_REGISTRY_COOKIE}=${encodeURIComponent(registry.name)}; path=/; max-age=31536000; samesite=lax`;
  }, [registry.name]);
  return (
    <>
      <PageBreadcrumb>
        <Breadcrumb>
          <BreadcrumbItem
            render={({ className }) => (
              <Link className={className} href={routes.registries()}>
                Registries
              </Link>
            )}
          />
          <BreadcrumbItem isActive>{registry.displayName}</BreadcrumbItem>
        </Breadcrumb>
      </PageBreadcrumb>
      <PageSection>
        <Title headingLevel="h1">
          {registry.displayName} <Label color="blue">{ROLE_LABEL[role]}</Label>
        </Title>
        {registry.description && <Content component="p">{registry.description}</Content>}
      </PageSection>
      <PageSection>
        <DescriptionList isHorizontal>
          <DescriptionListGroup>
            <DescriptionListTerm>Name</DescriptionListTerm>
            <DescriptionListDescription>{registry.name}</DescriptionListDescription>
          </DescriptionListGroup>
          <DescriptionListGroup>
            <DescriptionListTerm>Created</DescriptionListTerm>
            <DescriptionListDescription>
              <FormattedTime iso={registry.createdAt} />
            </DescriptionListDescription>
          </DescriptionListGroup>
          <DescriptionListGroup>
            <DescriptionListTerm>API</DescriptionListTerm>
            <DescriptionListDescription>
              <code>/api/v1/registries/{encodeURIComponent(registry.name)}</code>
            </DescriptionListDescription>
          </DescriptionListGroup>
        </DescriptionList>
      </PageSection>
    </>
  );
}
