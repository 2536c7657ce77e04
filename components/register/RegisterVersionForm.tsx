'use client';

import { Form, FormSection, PageSection } from '@patternfly/react-core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import type { z } from 'zod';
import { useToast } from '@/components/common/Toasts';
import { apiFetch } from '@/lib/api-client';
import { modelKeys, toSearchParams } from '@/lib/queries/models';
import { api, routes } from '@/lib/routes';
import { ZVersionCreate, type TVersion } from '@/lib/validation/model';
import { ArtifactFields } from './ArtifactFields';
import { MetadataFields, RegisterActions, RegisterAlerts, VersionFields } from './fields';
import { FIELD, type VersionPrefill } from './register-form';
import { RegisterHeader, type RegistryRef } from './RegisterHeader';
import { nameSearch, useNameTaken } from './useNameTaken';
import { useRegisterForm } from './useRegisterForm';

type VersionBody = z.input<typeof ZVersionCreate>;

export const VERSION_TAKEN = 'This model already has a version with this name.';

/** Register a new version of a model, starting from its latest version's format and storage. */
export function RegisterVersionForm({
  registry,
  model,
  prefill,
  readOnlyReason,
}: {
  registry: RegistryRef;
  model: string;
  prefill: VersionPrefill | null;
  readOnlyReason?: string;
}) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const { notify } = useToast();
  const form = useRegisterForm('version', prefill?.artifact);
  const nameCheck = useNameTaken(form.version.name, {
    searchUrl: (name) => api.versions(registry.name, model, toSearchParams(nameSearch(name))),
    itemUrl: (name) => api.version(registry.name, model, name),
    queryKey: (name) => [...modelKeys.detail(registry.name, model), 'version-name-taken', name],
  });

  const mutation = useMutation({
    mutationFn: (body: VersionBody) =>
      apiFetch<TVersion>(api.versions(registry.name, model), { method: 'POST', json: body }),
    onSuccess: (created) => {
      void queryClient.invalidateQueries({ queryKey: modelKeys.all(registry.name) });
      notify({ variant: 'success', title: `Version "${created.name}" of ${model} registered` });
      router.push(routes.version(registry.name, model, created.name));
    },
    onError: (err) => form.showRequestError(err, FIELD.versionName),
  });

  const submit = form.onSubmit({
    schema: ZVersionCreate,
    body: ({ labels, properties, artifact }): VersionBody => ({
      name: form.version.name,
      description: form.version.description,
      labels,
      properties,
      artifact,
    }),
    nameField: FIELD.versionName,
    takenMessage: nameCheck === 'taken' ? VERSION_TAKEN : undefined,
    send: (body) => mutation.mutate(body),
  });

  const isBusy = mutation.isPending || mutation.isSuccess;
  const isDisabled = Boolean(readOnlyReason);
  return (
    <>
      <RegisterHeader
        registry={registry}
        trail={[{ label: model, href: routes.model(registry.name, model) }]}
        current="Register new version"
        title={`Register new version of ${model}`}
        description={
          prefill
            ? `The format and storage are pre-filled from the latest version, ${prefill.latestVersion}. Give the new version's own path or URI.`
            : 'Register a new version of this model and where its files are stored.'
        }
      />
      <PageSection>
        <Form onSubmit={submit} noValidate isWidthLimited maxWidth="60rem" innerRef={form.formRef}>
          <RegisterAlerts
            form={form}
            readOnlyTitle="You cannot register a version of this model"
            readOnlyReason={readOnlyReason}
            errorTitle="The version could not be registered"
          />
          <FormSection title="Version details" titleElement="h2">
            <VersionFields
              form={form}
              check={nameCheck}
              takenMessage={VERSION_TAKEN}
              hint={
                prefill
                  ? `Unique within ${model}; the latest is ${prefill.latestVersion}. It cannot be changed later.`
                  : `Unique within ${model}. It cannot be changed later.`
              }
              isDisabled={isDisabled}
            />
            <MetadataFields form={form} isDisabled={isDisabled} />
          </FormSection>
          <ArtifactFields
            values={form.artifact}
            onChange={form.changeArtifact}
            errors={form.errors}
            isDisabled={isDisabled}
            previous={
              prefill
                ? { version: prefill.latestVersion, path: prefill.previousPath, uri: prefill.previousUri }
                : undefined
            }
          />
          <RegisterActions
            submitLabel="Register version"
            isPending={isBusy}
            isDisabled={isDisabled}
            cancelHref={routes.modelVersions(registry.name, model)}
          />
        </Form>
      </PageSection>
    </>
  );
}
