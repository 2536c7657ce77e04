'use client';

import { Button, Tooltip } from '@patternfly/react-core';
import { ConfirmModal } from './ConfirmModal';

export type LifecycleDialog = 'archive' | 'restore' | 'delete' | null;

/** The button itself where it is allowed; otherwise inside a tooltip that says why it is disabled. */
export const guarded = (allowed: boolean, reason: string, button: React.ReactElement) =>
  allowed ? button : <Tooltip content={reason}>{button}</Tooltip>;

/**
 * Archive (Restore once archived) and Delete of a model or version. Without the role each is
 * disabled with a tooltip saying so; Archive and Delete also while `deployed` says what is
 * still deployed, since the API refuses (409) to archive or delete it.
 */
export function LifecycleButtons({
  what,
  isArchived,
  showArchive = true,
  canEdit,
  canDelete,
  deployed,
  onOpen,
}: {
  what: 'model' | 'version';
  isArchived: boolean;
  /** False hides Archive and Restore (a version of an archived model). */
  showArchive?: boolean;
  canEdit: boolean;
  canDelete: boolean;
  deployed: string | null;
  onOpen: (dialog: Exclude<LifecycleDialog, null>) => void;
}) {
  const roleReason = `You need the contributor role on this registry to archive or restore ${what}s.`;
  return (
    <>
      {showArchive &&
        (isArchived
          ? guarded(
              canEdit,
              roleReason,
              <Button variant="secondary" isAriaDisabled={!canEdit} onClick={() => onOpen('restore')}>
                Restore
              </Button>,
            )
          : guarded(
              canEdit && !deployed,
              deployed ?? roleReason,
              <Button
                variant="secondary"
                isAriaDisabled={!canEdit || deployed !== null}
                onClick={() => onOpen('archive')}
              >
                Archive
              </Button>,
            ))}
      {guarded(
        canDelete && !deployed,
        deployed ?? `Only registry admins can delete ${what}s.`,
        <Button variant="danger" isAriaDisabled={!canDelete || deployed !== null} onClick={() => onOpen('delete')}>
          Delete
        </Button>,
      )}
    </>
  );
}

/** The confirmations behind those buttons; archive and delete ask for the name to be typed. */
export function LifecycleDialogs({
  dialog,
  name,
  body,
  onClose,
  isPatching,
  onSetState,
  isDeleting,
  onDelete,
}: {
  dialog: LifecycleDialog;
  name: string;
  body: { archive: React.ReactNode; restore: React.ReactNode; delete: React.ReactNode };
  onClose: () => void;
  isPatching: boolean;
  onSetState: (state: 'ARCHIVED' | 'LIVE') => void;
  isDeleting: boolean;
  onDelete: () => void;
}) {
  if (dialog === 'archive')
    return (
      <ConfirmModal
        key="archive"
        title={`Archive ${name}?`}
        body={body.archive}
        confirmLabel="Archive"
        variant="danger"
        typeToConfirm={name}
        isPending={isPatching}
        onConfirm={() => onSetState('ARCHIVED')}
        onClose={onClose}
      />
    );
  if (dialog === 'restore')
    return (
      <ConfirmModal
        key="restore"
        title={`Restore ${name}?`}
        body={body.restore}
        confirmLabel="Restore"
        isPending={isPatching}
        onConfirm={() => onSetState('LIVE')}
        onClose={onClose}
      />
    );
  if (dialog === 'delete')
    return (
      <ConfirmModal
        key="delete"
        title={`Delete ${name}?`}
        body={body.delete}
        confirmLabel="Delete"
        variant="danger"
        typeToConfirm={name}
        isPending={isDeleting}
        onConfirm={onDelete}
        onClose={onClose}
      />
    );
  return null;
}
