'use client';

import {
  Bullseye,
  Button,
  EmptyState,
  EmptyStateActions,
  EmptyStateBody,
  EmptyStateFooter,
} from '@patternfly/react-core';
import { SearchIcon } from '@patternfly/react-icons';
import Link from 'next/link';
import { routes } from '@/lib/routes';

export function NotFoundState({
  title = 'Page not found',
  body = 'This page does not exist, or you do not have access to it. Check the link, or go back to your registries.',
}: {
  title?: string;
  body?: string;
}) {
  return (
    <Bullseye>
      <EmptyState titleText={title} headingLevel="h1" icon={SearchIcon}>
        <EmptyStateBody>{body}</EmptyStateBody>
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
