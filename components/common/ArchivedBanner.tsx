'use client';

import { Alert, AlertActionLink } from '@patternfly/react-core';

export function ArchivedBanner({
  what,
  onRestore,
  canRestore,
  reason,
}: {
  what: string;
  onRestore: () => void;
  canRestore: boolean;
  reason?: string;
}) {
  return (
    <Alert
      variant="info"
      isInline
      title={`This ${what} is archived`}
      actionLinks={canRestore ? <AlertActionLink onClick={onRestore}>Restore</AlertActionLink> : undefined}
    >
      {reason ??
        `An archived ${what} is read-only. ${canRestore ? 'Restore it to make changes.' : 'A contributor can restore it.'}`}
    </Alert>
  );
}
