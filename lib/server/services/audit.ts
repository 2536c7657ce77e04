// The audit trail: who did what to which object, when, and what changed.
import type { Tx } from '../db/tx';
import type { Principal } from '../auth/principal';

export type AuditInput = {
  registryId: string | null;
  action: string;
  objectType:
    'registry' | 'model' | 'version' | 'artifact' | 'user' | 'group' | 'grant' | 'token' | 'deployment' | 'environment';
  objectId: string;
  objectName?: string;
  changes?: Record<string, unknown>;
};

export async function recordAudit(tx: Tx, principal: Principal, input: AuditInput): Promise<void> {
  await tx.auditEvent.create({
    data: {
      registryId: input.registryId,
      actor: principal.username,
      action: input.action,
      objectType: input.objectType,
      objectId: input.objectId,
      objectName: input.objectName ?? '',
      changes: JSON.stringify(input.changes ?? {}),
    },
  });
}

/** The fields of `patch` that differ from `before`, as { field: { from, to } }. */
export function diffFields(before: Record<string, unknown>, patch: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, to] of Object.entries(patch)) {
    if (to === undefined) continue;
    const from = before[key];
    if (JSON.stringify(from) !== JSON.stringify(to)) out[key] = { from, to };
  }
  return out;
}
