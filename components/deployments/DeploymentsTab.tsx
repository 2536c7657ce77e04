'use client';

import { PageSection } from '@patternfly/react-core';
import { useModel } from '@/components/models/useModel';
import type { RegistryRole } from '@/lib/roles';
import { DeployButton } from './DeployButton';
import { DeploymentsList } from './DeploymentsList';

/** The Deployments tab of a model (its versions' deployments) or of a version. */
export function DeploymentsTab({
  registry,
  model,
  version,
  role,
  admins,
}: {
  registry: { id: string; name: string };
  model: string;
  version?: string;
  role: RegistryRole;
  admins: string[];
}) {
  const latest = useModel(registry.name, model).data?.item.latestVersion?.name;
  const deployable = version ?? latest;
  return (
    <PageSection>
      <DeploymentsList
        registry={registry.name}
        scope={{ model, version }}
        role={role}
        admins={admins}
        emptyActions={
          deployable ? (
            <DeployButton
              registry={registry}
              model={model}
              version={deployable}
              role={role}
              label={version ? 'Deploy' : `Deploy latest version (${deployable})`}
            />
          ) : undefined
        }
      />
    </PageSection>
  );
}
