// Keeping a cluster-backed deployment and its InferenceService in step: apply after a
// change, delete on undeploy, read the status back. Runs outside any transaction (no
// database transaction waits on the network); the outcome, failures included with the
// cluster's own message, is written to the deployment's status columns, never lost.
// Status writes do not bump the revision: the status is not something callers edit.
import type { TDeploymentPhase } from '@/lib/validation/deployment';
import { getDb } from '../db/client';
import { SecretUnreadableError } from '../crypto/secrets';
import {
  applyInferenceService,
  deleteInferenceService,
  KubeError,
  readInferenceService,
  type KubeTarget,
} from '../kube/client';
import { deploymentManifest, type DeploymentRow } from './deployment-rows';
import { isClusterBacked, kubeTargetOf } from './serving-environments';

type StatusWrite = {
  phase: TDeploymentPhase;
  statusUrl?: string | null;
  statusMessage: string | null;
  checkedAt?: Date | null;
  appliedAt?: Date | null;
};

function messageOf(err: unknown): string {
  if (err instanceof KubeError || err instanceof SecretUnreadableError) return err.message;
  throw err;
}

async function writeStatus(id: string, status: StatusWrite): Promise<void> {
  await getDb().deployment.updateMany({ where: { id }, data: status });
}

async function targetOr(d: DeploymentRow): Promise<KubeTarget | { failed: string } | null> {
  try {
    return await kubeTargetOf(d.environment);
  } catch (err) {
    return { failed: messageOf(err) };
  }
}

/** The phase a deployment has when no cluster is involved. */
export function unmanagedPhase(desiredState: string): TDeploymentPhase {
  return desiredState === 'UNDEPLOYED' ? 'UNDEPLOYED' : 'UNMANAGED';
}

/**
 * After a create or change: apply (DEPLOYED) or remove (UNDEPLOYED) the InferenceService. An
 * undeployed deployment whose removal failed is removed again on its next save (`PATCH {}`).
 */
export async function syncDeployment(d: DeploymentRow, wasDeployed: boolean): Promise<boolean> {
  if (!isClusterBacked(d.environment)) return false;
  const now = new Date();
  const target = await targetOr(d);
  if (!target) return false;
  if ('failed' in target) {
    await writeStatus(d.id, { phase: 'FAILED', statusMessage: target.failed, checkedAt: now, appliedAt: null });
    return true;
  }
  if (d.desiredState === 'DEPLOYED') {
    try {
      await applyInferenceService(target, deploymentManifest(d));
      await writeStatus(d.id, {
        phase: 'PENDING',
        statusUrl: null,
        statusMessage: null,
        checkedAt: now,
        appliedAt: now,
      });
    } catch (err) {
      await writeStatus(d.id, { phase: 'FAILED', statusMessage: messageOf(err), checkedAt: now, appliedAt: null });
    }
    return true;
  }
  // Removing it again after a failed removal is a retry: the InferenceService may still be running.
  if (!wasDeployed && d.phase !== 'FAILED') return false;
  try {
    await deleteInferenceService(target, d.name);
    await writeStatus(d.id, {
      phase: 'UNDEPLOYED',
      statusUrl: null,
      statusMessage: null,
      checkedAt: now,
      appliedAt: null,
    });
  } catch (err) {
    const message = `The InferenceService could not be removed from the cluster: ${messageOf(err)}`;
    await writeStatus(d.id, { phase: 'FAILED', statusMessage: message, checkedAt: now });
  }
  return true;
}

/** Reads the InferenceService's Ready condition into the deployment (only after a successful apply). */
export async function refreshDeploymentStatus(d: DeploymentRow): Promise<boolean> {
  if (!isClusterBacked(d.environment) || d.desiredState !== 'DEPLOYED' || !d.appliedAt) return false;
  const now = new Date();
  const target = await targetOr(d);
  if (!target) return false;
  if ('failed' in target) {
    await writeStatus(d.id, { phase: 'FAILED', statusMessage: target.failed, checkedAt: now });
    return true;
  }
  try {
    const status = await readInferenceService(target, d.name);
    if (!status) {
      await writeStatus(d.id, {
        phase: 'FAILED',
        statusUrl: null,
        statusMessage: `The InferenceService "${d.name}" is not on the cluster any more; it was deleted outside the registry. Save the deployment again to re-apply it.`,
        checkedAt: now,
      });
      return true;
    }
    const phase = status.ready === 'True' ? 'READY' : status.ready === 'False' ? 'NOT_READY' : 'PENDING';
    await writeStatus(d.id, { phase, statusUrl: status.url, statusMessage: status.message, checkedAt: now });
  } catch (err) {
    await writeStatus(d.id, { phase: 'FAILED', statusMessage: messageOf(err), checkedAt: now });
  }
  return true;
}

/** Before a delete: remove the InferenceService of an active deployment; throws KubeError when the cluster refuses. */
export async function removeFromCluster(d: DeploymentRow): Promise<void> {
  if (!isClusterBacked(d.environment) || d.desiredState !== 'DEPLOYED') return;
  const target = await targetOr(d);
  if (!target) return;
  if ('failed' in target) throw new KubeError(target.failed, null);
  await deleteInferenceService(target, d.name);
}
