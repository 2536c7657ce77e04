'use client';

import {
  Button,
  Dropdown,
  DropdownItem,
  DropdownList,
  MenuToggle,
  MenuToggleAction,
  Tooltip,
} from '@patternfly/react-core';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { routes } from '@/lib/routes';

export const NO_CONTRIBUTOR_REASON = 'You need the contributor role on this registry to register models.';

/** "Register model", with "Register new version" in its menu. */
export function RegisterSplitButton({ registry, canRegister }: { registry: string; canRegister: boolean }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const button = (
    <Dropdown
      isOpen={open}
      onOpenChange={setOpen}
      toggle={(ref) => (
        <MenuToggle
          ref={ref}
          variant="primary"
          isDisabled={!canRegister}
          onClick={() => setOpen((o) => !o)}
          isExpanded={open}
          aria-label="More registration actions"
          splitButtonItems={[
            <MenuToggleAction
              key="register"
              onClick={() => router.push(routes.newModel(registry))}
              isDisabled={!canRegister}
            >
              Register model
            </MenuToggleAction>,
          ]}
        />
      )}
    >
      <DropdownList>
        <DropdownItem key="version" onClick={() => router.push(routes.newVersion(registry))}>
          Register new version
        </DropdownItem>
      </DropdownList>
    </Dropdown>
  );
  if (canRegister) return button;
  return (
    <Tooltip content={NO_CONTRIBUTOR_REASON}>
      <Button variant="primary" isAriaDisabled>
        Register model
      </Button>
    </Tooltip>
  );
}
