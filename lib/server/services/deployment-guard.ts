// The one place that answers "is this deployed?" before an archive or a hard delete.
// An active deployment (desiredState DEPLOYED) blocks archiving or deleting the model,
// version, environment or registry it serves; undeployed ones do not (they are deleted
// with what they served).
import { conflict } from '../errors';
import type { Tx } from '../db/tx';

export type DeploymentTarget = { modelId: string } | { versionId: string } | { registryId: string };

export async function countActiveDeployments(tx: Tx, target: DeploymentTarget): Promise<number> {
  return tx.deployment.count({ where: { ...target, desiredState: 'DEPLOYED' } });
}

export async function assertNotDeployed(tx: Tx, target: DeploymentTarget, action: string): Promise<void> {
  const active = await countActiveDeployments(tx, target);
  if (active > 0) {
    throw conflict(`Cannot ${action}: it has ${active} active deployment(s). Undeploy them first.`, {
      activeDeployments: active,
    });
  }
}
