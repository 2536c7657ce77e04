'use client';

import { MenuToggle } from '@patternfly/react-core';
import { EllipsisVIcon } from '@patternfly/react-icons';
import { ActionsColumn, type IAction } from '@patternfly/react-table';

/** A row's kebab menu whose toggle is named after the row ("Actions for fraud-v1"). */
export function RowActions({ name, items }: { name: string; items: IAction[] }) {
  return (
    <ActionsColumn
      items={items}
      popperProps={{ position: 'right' }}
      actionsToggle={({ onToggle, isOpen, isDisabled, toggleRef }) => (
        <MenuToggle
          ref={toggleRef}
          aria-label={`Actions for ${name}`}
          variant="plain"
          onClick={onToggle}
          isExpanded={isOpen}
          isDisabled={isDisabled}
          icon={<EllipsisVIcon />}
        />
      )}
    />
  );
}
