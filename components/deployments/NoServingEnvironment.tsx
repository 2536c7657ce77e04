'use client';

import { Button, EmptyState, EmptyStateActions, EmptyStateBody, EmptyStateFooter } from '@patternfly/react-core';
import { ServerIcon } from '@patternfly/react-icons';
import Link from 'next/link';
import { routes } from '@/lib/routes';

/**
 * A registry without serving environments cannot deploy anything: registry admins are shown
 * where to add one, everybody else whom to ask.
 */
export function NoServingEnvironment({
  registry,
  isAdmin,
  admins,
}: {
  registry: string;
  isAdmin: boolean;
  /** The registry's admins, named for those who are not one. */
  admins: string[];
}) {
  return (
    <EmptyState titleText="No serving environment yet" headingLevel="h2" icon={ServerIcon}>
      <EmptyStateBody>
        <p>
          Models of this registry are deployed to its serving environments: a KServe namespace on a Kubernetes cluster,
          or an external platform tracked by hand. This registry has none yet.
        </p>
        {isAdmin ? (
          <p>As a registry admin, add one; contributors can then deploy versions to it.</p>
        ) : admins.length > 0 ? (
          <p>Ask a registry admin to add one: {admins.join(', ')}.</p>
        ) : (
          <p>This registry has no registry admins yet; ask a platform administrator to add one.</p>
        )}
      </EmptyStateBody>
      {isAdmin && (
        <EmptyStateFooter>
          <EmptyStateActions>
            <Button
              component={(props: object) => (
                <Link {...props} href={routes.registrySettings(registry, 'serving-environments')} />
              )}
            >
              Add a serving environment
            </Button>
          </EmptyStateActions>
        </EmptyStateFooter>
      )}
    </EmptyState>
  );
}
