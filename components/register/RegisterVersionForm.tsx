'use client';

import { Alert, Form, FormSection, PageSection } from '@patternfly/react-core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { z } from 'zod';
import { useToast } from '@/components/common/Toasts';
import { ApiError, apiFetch } from '@/lib/api-client';
import type { FieldErrors } from '@/lib/form-errors';
import { modelKeys, toSearchParams } from '@/lib/queries/models';
import { api, routes } from '@/lib/routes';
import { ZVersionCreate, type TVersion } from '@/lib/validation/model';
import { ArtifactFields } from './ArtifactFields';
import { DescriptionField, NameField, RegisterActions } from './fields';
import { LabelsField } from './LabelsField';
import { PropertiesField } from './PropertiesField';
import {
  apiIssues,
  FIELD,
  hasErrors,
  issuesToFields,
  toArtifactInput,
  zodIssues,
  type VersionPrefill,
} from './register-form';
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
  const form = useRegisterForm(prefill?.artifact);
  const [version, setVersion] = useState({ name: '', description: '' });
  const nameCheck = useNameTaken(version.name, {
    searchUrl: (name) => api.versions(registry.name, model, toSearchParams(nameSearch(name))),
    itemUrl: (name) => api.version(registry.name, model, name),
    queryKey: (name) => [...modelKeys.detail(registry.name, model), 'version-name-taken', name],
  });
  const ctx = { kind: 'version' as const, location: form.artifact.location, rows: form.rows };

  const mutation = useMutation({
    mutationFn: (body: VersionBody) =>
      apiFetch<TVersion>(api.versions(registry.name, model), { method: 'POST', json: body }),
    onSuccess: (created) => {
      void queryClient.invalidateQueries({ queryKey: modelKeys.all(registry.name) });
      notify({ variant: 'success', title: `Version "${created.name}" of ${model} registered` });
      router.push(routes.version(registry.name, model, created.name));
    },
    onError: (err) => {
      const errors: FieldErrors =
        err instanceof ApiError && err.status === 409
          ? { [FIELD.versionName]: err.message }
          : err instanceof ApiError && err.status === 422
            ? issuesToFields(apiIssues(err.details), ctx)
            : {};
      form.showErrors(hasErrors(errors) ? errors : { [FIELD.form]: err.message });
    },
  });

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const properties = form.propertiesToSend();
    const body: VersionBody = {
      name: version.name,
      description: version.description,
      labels: form.labelsToSend(),
      properties: properties.properties,
      artifact: toArtifactInput(form.artifact),
    };
    const parsed = ZVersionCreate.safeParse(body);
    const errors: FieldErrors = {
      ...(parsed.success ? {} : issuesToFields(zodIssues(parsed.error.issues), ctx)),
      ...properties.errors,
    };
    if (nameCheck === 'taken') errors[FIELD.versionName] ??= VERSION_TAKEN;
    if (hasErrors(errors)) {
      form.showErrors(errors);
      return;
    }
    form.showErrors({}, false);
    mutation.mutate(body);
  };

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
          {readOnlyReason && (
            <Alert variant="warning" isInline title="You cannot register a version of this model">
              {readOnlyReason}
            </Alert>
          )}
          {form.errors[FIELD.form] && (
            <Alert variant="danger" isInline title="The version could not be registered">
              {form.errors[FIELD.form]}
            </Alert>
          )}
          <FormSection title="Version details" titleElement="h2">
            <NameField
              label="Version name"
              value={version.name}
              onChange={(name) => {
                setVersion((v) => ({ ...v, name }));
                form.clear(FIELD.versionName);
              }}
              error={form.errors[FIELD.versionName]}
              check={nameCheck}
              takenMessage={VERSION_TAKEN}
              hint={
                prefill
                  ? `Unique within ${model}; the latest is ${prefill.latestVersion}. It cannot be changed later.`
                  : `Unique within ${model}. It cannot be changed later.`
              }
              isDisabled={isDisabled}
            />
            <DescriptionField
              label="Version description"
              value={version.description}
              onChange={(description) => {
                setVersion((v) => ({ ...v, description }));
                form.clear(FIELD.versionDescription);
              }}
              error={form.errors[FIELD.versionDescription]}
              isDisabled={isDisabled}
            />
            <LabelsField
              labels={form.labels}
              onChange={form.changeLabels}
              draft={form.labelDraft}
              onDraftChange={form.changeLabelDraft}
              error={form.errors[FIELD.labels]}
              isDisabled={isDisabled}
            />
            <PropertiesField
              rows={form.rows}
              onChange={form.changeRows}
              onAdd={form.addRow}
              errors={form.errors}
              isDisabled={isDisabled}
            />
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
