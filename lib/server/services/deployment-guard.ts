// The one place that answers "is this deployed?" before an archive or a hard delete.
// Deployments are not stored yet, so nothing is ever deployed; when they are, these
// checks count the active deployments and the callers already refuse with 409.
import { conflict } from '../errors';
import type { Tx } from '../db/tx';

export async function countActiveDeployments(
  _tx: Tx,
  _target: { modelId: string } | { versionId: string } | { registryId: string },
): Promise<number> {
  return 0;
}

export async function assertNotDeployed(
  tx: Tx,
  target: { modelId: string } | { versionId: string } | { registryId: string },
  action: string,
): Promise<void> {
  const active = await countActiveDeployments(tx, target);
  if (active > 0) {
    throw conflict(`Cannot ${action}: it has ${active} active deployment(s). Undeploy them first.`, {
      activeDeployments: active,
    });
  }
}
