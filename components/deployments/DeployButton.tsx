'use client';

import { Button, Tooltip } from '@patternfly/react-core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useVersion } from '@/components/versions/useVersion';
import { fetchServingEnvironments, servingEnvironmentKeys } from '@/lib/queries/deployments';
import { canDo, type RegistryRole } from '@/lib/roles';
import { DeployModal } from './DeployModal';

/** Why Archive and Delete are disabled while something is deployed, or null when nothing is. */
export function undeployFirst(activeDeployments: number): string | null {
  if (activeDeployments <= 0) return null;
  return `Undeploy its ${activeDeployments} active deployment${activeDeployments === 1 ? '' : 's'} first.`;
}

/** The registry's serving environments (one request; a registry has a handful). */
export function useServingEnvironments(registry: string) {
  return useQuery({
    queryKey: servingEnvironmentKeys.list(registry),
    queryFn: () => fetchServingEnvironments(registry),
  });
}

/**
 * "Deploy" for a version, opening the deploy dialog. Not shown at all while the registry has
 * no serving environment (the Deployments tab says how to get one); disabled with the reason
 * for viewers and for archived versions.
 */
export function DeployButton({
  registry,
  model,
  version,
  role,
  variant = 'primary',
  label = 'Deploy',
}: {
  registry: { id: string; name: string };
  model: string;
  version: string;
  role: RegistryRole;
  variant?: 'primary' | 'secondary';
  label?: string;
}) {
  const [open, setOpen] = useState(false);
  const environments = useServingEnvironments(registry.name);
  const { data } = useVersion(registry.name, model, version);
  const v = data?.item;
  const envs = environments.data?.items ?? [];
  if (!v || envs.length === 0) return null;
  const reason = !canDo(role, 'contributor')
    ? 'You need the contributor role on this registry to deploy versions.'
    : v.state === 'ARCHIVED'
      ? 'Archived versions cannot be deployed. Restore it first.'
      : null;
  const button = (
    <Button variant={variant} isAriaDisabled={reason !== null} onClick={() => setOpen(true)}>
      {label}
    </Button>
  );
  return (
    <>
      {reason ? <Tooltip content={reason}>{button}</Tooltip> : button}
      {open && <DeployModal registry={registry} version={v} environments={envs} onClose={() => setOpen(false)} />}
    </>
  );
}
