'use client';

import { Dropdown, DropdownItem, DropdownList, MenuToggle } from '@patternfly/react-core';
import { UserIcon } from '@patternfly/react-icons';
import { signOut } from 'next-auth/react';
import { useState } from 'react';
import { routes } from '@/lib/routes';
import type { ShellUser } from './AppShell';

export function UserMenu({ user }: { user: ShellUser }) {
  const [open, setOpen] = useState(false);
  return (
    <Dropdown
      isOpen={open}
      onOpenChange={setOpen}
      popperProps={{ position: 'right' }}
      toggle={(ref) => (
        <MenuToggle
          ref={ref}
          variant="plainText"
          icon={<UserIcon />}
          onClick={() => setOpen((o) => !o)}
          isExpanded={open}
          aria-label={`User menu for ${user.displayName}`}
        >
          {user.displayName}
        </MenuToggle>
      )}
    >
      <DropdownList>
        <DropdownItem key="who" isDisabled description={user.isPlatformAdmin ? 'Platform administrator' : undefined}>
          Signed in as {user.username}
        </DropdownItem>
        <DropdownItem key="api" to={routes.apiDocs()}>
          API documentation
        </DropdownItem>
        <DropdownItem key="signout" onClick={() => void signOut({ callbackUrl: routes.login() })}>
          Sign out
        </DropdownItem>
      </DropdownList>
    </Dropdown>
  );
}
