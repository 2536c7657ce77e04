'use client';

import { PageSection, Title } from '@patternfly/react-core';
import { RegistryBreadcrumb } from '@/components/models/RegistryBreadcrumb';
import type { RegistryRole } from '@/lib/roles';
import { DeploymentsList } from './DeploymentsList';

/** /registries/{registry}/deployments: every deployment of the registry, filterable. */
export function DeploymentsPage({
  registry,
  registryDisplayName,
  role,
  admins,
}: {
  registry: string;
  registryDisplayName: string;
  role: RegistryRole;
  admins: string[];
}) {
  return (
    <>
      <RegistryBreadcrumb
        registry={registry}
        registryDisplayName={registryDisplayName}
        current="Deployments"
        underModels={false}
      />
      <PageSection>
        <Title headingLevel="h1">Deployments</Title>
        <p className="pf-v6-u-text-color-subtle">
          Where the models of {registryDisplayName} are served, with their status. Deploy a version from its page.
        </p>
      </PageSection>
      <PageSection>
        <DeploymentsList registry={registry} role={role} admins={admins} />
      </PageSection>
    </>
  );
}
