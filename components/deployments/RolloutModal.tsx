'use client';

import { Alert, Form, FormGroup } from '@patternfly/react-core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { FormModal } from '@/components/common/FormModal';
import { FieldHelper } from '@/components/register/FieldHelper';
import { TypeaheadInput } from '@/components/register/TypeaheadInput';
import { deploymentKeys, fetchDeployment } from '@/lib/queries/deployments';
import { fetchVersions, modelKeys } from '@/lib/queries/models';
import type { TDeployment } from '@/lib/validation/deployment';
import { usePatchDeployment } from './useDeployments';

const SEARCH_DELAY_MS = 200;

/** Moves a deployment to another live version of the same model (PATCH with If-Match). */
export function RolloutModal({
  registry,
  deployment,
  onClose,
}: {
  registry: string;
  deployment: TDeployment;
  onClose: () => void;
}) {
  const id = useId();
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState<string | null>(null);
  useEffect(() => {
    const timer = setTimeout(() => setQuery(text.trim()), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text]);

  // The ETag the PATCH sends back comes from this read, made when the dialog opens.
  const current = useQuery({
    queryKey: deploymentKeys.detail(registry, deployment.id),
    queryFn: () => fetchDeployment(registry, deployment.id),
    staleTime: 0,
  });
  const params = { q: query, state: 'live', sort: 'createdAt', order: 'desc', pageSize: '20' };
  const versions = useQuery({
    queryKey: modelKeys.versions(registry, deployment.model, params),
    queryFn: () => fetchVersions(registry, deployment.model, params),
    placeholderData: keepPreviousData,
  });
  const running = current.data?.item.version ?? deployment.version;
  const options = (versions.data?.items ?? [])
    .filter((v) => v.name !== running)
    .map((v) => ({
      value: v.name,
      description: [v.isLatest ? 'Latest' : null, v.artifacts[0]?.modelFormatName || null].filter(Boolean).join(' · '),
    }));
  const patch = usePatchDeployment(registry, (d) => `Deployment "${d.name}" rolled out to ${d.version}`);

  const submit = () => {
    if (!chosen) return;
    patch.mutate({ id: deployment.id, patch: { version: chosen } }, { onSuccess: onClose });
  };

  return (
    <FormModal
      id={id}
      title={`Roll out ${deployment.name}`}
      description={`It serves ${deployment.model} ${running} now. Choose the version to serve instead; the runtime, replicas and resources stay as they are.`}
      onClose={onClose}
      submitLabel="Roll out"
      isPending={patch.isPending}
      isSubmitDisabled={!chosen || patch.isPending || current.isPending}
    >
      {patch.isError && (
        <Alert variant="danger" isInline title="The rollout failed" className="pf-v6-u-mb-md">
          {patch.error.message}
        </Alert>
      )}
      <Form
        id={`${id}-form`}
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <FormGroup label="Version" isRequired fieldId={`${id}-version`}>
          <TypeaheadInput
            inputId={`${id}-version`}
            label="Version"
            value={text}
            onInputChange={(value) => {
              setText(value);
              setChosen(null);
            }}
            onSelect={(value) => {
              setText(value);
              setChosen(value);
            }}
            options={options}
            placeholder={`Search the live versions of ${deployment.model}`}
            toggleAriaLabel="Show versions"
            clearAriaLabel="Clear version"
            isLoading={versions.isFetching}
            noResultsText={versions.isError ? 'Versions could not be loaded.' : 'No other live version matches.'}
            describedBy={`${id}-version-helper`}
            menuInline
          />
          <FieldHelper
            id={`${id}-version-helper`}
            hint={chosen ? `${deployment.name} will serve ${chosen}.` : 'Pick one of the suggestions.'}
          />
        </FormGroup>
      </Form>
    </FormModal>
  );
}
