'use client';

import {
  Bullseye,
  Button,
  EmptyState,
  EmptyStateActions,
  EmptyStateBody,
  EmptyStateFooter,
  List,
  ListItem,
} from '@patternfly/react-core';
import { LockIcon } from '@patternfly/react-icons';
import Link from 'next/link';
import { routes } from '@/lib/routes';

/** A registry the viewer has no grant on: says so and names the admins to ask. */
export function NoRegistryAccess({ registry, admins }: { registry: string; admins: string[] }) {
  return (
    <Bullseye>
      <EmptyState titleText="You do not have access to this registry" headingLevel="h1" icon={LockIcon}>
        <EmptyStateBody>
          <p>
            You have no role on the registry <strong>{registry}</strong>.{' '}
            {admins.length > 0
              ? 'Ask one of its admins to grant you access:'
              : 'It has no registry admins yet; ask a platform administrator to grant you access.'}
          </p>
          {admins.length > 0 && (
            <List aria-label="Registry admins" isPlain>
              {admins.map((a) => (
                <ListItem key={a}>{a}</ListItem>
              ))}
            </List>
          )}
        </EmptyStateBody>
        <EmptyStateFooter>
          <EmptyStateActions>
            <Button variant="primary" component={(props: object) => <Link {...props} href={routes.registries()} />}>
              Go to registries
            </Button>
          </EmptyStateActions>
        </EmptyStateFooter>
      </EmptyState>
    </Bullseye>
  );
}
