'use client';

import {
  Bullseye,
  Button,
  EmptyState,
  EmptyStateActions,
  EmptyStateBody,
  EmptyStateFooter,
} from '@patternfly/react-core';
import { ExclamationCircleIcon } from '@patternfly/react-icons';

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <Bullseye>
      <EmptyState titleText="Something went wrong" headingLevel="h1" icon={ExclamationCircleIcon} status="danger">
        <EmptyStateBody>
          The page could not be shown. Try again; if it keeps failing, give your administrator this reference:{' '}
          <code>{error.digest ?? 'none'}</code>
        </EmptyStateBody>
        <EmptyStateFooter>
          <EmptyStateActions>
            <Button variant="primary" onClick={reset}>
              Try again
            </Button>
            <Button variant="link" component="a" href="/">
              Go home
            </Button>
          </EmptyStateActions>
        </EmptyStateFooter>
      </EmptyState>
    </Bullseye>
  );
}
