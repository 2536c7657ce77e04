'use client';

import { Button, Modal, ModalBody, ModalFooter, ModalHeader, Skeleton } from '@patternfly/react-core';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { ErrorState } from '@/components/common/ErrorState';
import { deploymentKeys, fetchManifest } from '@/lib/queries/deployments';
import type { TDeployment } from '@/lib/validation/deployment';
import { ManifestView } from './ManifestView';

/** The InferenceService the registry generates for an existing deployment, from the API. */
export function ManifestModal({
  registry,
  deployment,
  onClose,
}: {
  registry: string;
  deployment: TDeployment;
  onClose: () => void;
}) {
  const id = useId();
  const query = useQuery({
    queryKey: deploymentKeys.manifest(registry, deployment.id),
    queryFn: () => fetchManifest(registry, deployment.id),
    staleTime: 0,
  });
  return (
    <Modal isOpen onClose={onClose} variant="medium" aria-labelledby={`${id}-title`}>
      <ModalHeader
        title={`Manifest of ${deployment.name}`}
        labelId={`${id}-title`}
        description={
          deployment.status.phase === 'UNMANAGED'
            ? `This environment has no cluster connection: apply it with kubectl apply -f ${deployment.name}.yaml.`
            : `The KServe InferenceService applied to the ${deployment.environment.name} environment.`
        }
      />
      <ModalBody>
        {query.isPending ? (
          <Skeleton height="16rem" screenreaderText="Loading the manifest" />
        ) : query.isError ? (
          <ErrorState
            title="The manifest could not be loaded"
            error={query.error}
            onRetry={() => void query.refetch()}
          />
        ) : (
          <ManifestView yaml={query.data} fileName={`${deployment.name}.yaml`} />
        )}
      </ModalBody>
      <ModalFooter>
        <Button variant="primary" onClick={onClose}>
          Close
        </Button>
      </ModalFooter>
    </Modal>
  );
}
