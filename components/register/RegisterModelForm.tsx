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
import { ZModelCreate, type TModelCreated } from '@/lib/validation/model';
import { ArtifactFields } from './ArtifactFields';
import { DescriptionField, NameField, RegisterActions } from './fields';
import { LabelsField } from './LabelsField';
import { PropertiesField } from './PropertiesField';
import { apiIssues, FIELD, hasErrors, issuesToFields, toArtifactInput, zodIssues } from './register-form';
import { RegisterHeader, type RegistryRef } from './RegisterHeader';
import { nameSearch, useNameTaken } from './useNameTaken';
import { useRegisterForm } from './useRegisterForm';

type ModelBody = z.input<typeof ZModelCreate>;

export const MODEL_TAKEN = 'A model with this name already exists.';

/** Register a model together with its first version and artifact, in one request. */
export function RegisterModelForm({ registry, readOnlyReason }: { registry: RegistryRef; readOnlyReason?: string }) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const { notify } = useToast();
  const form = useRegisterForm();
  const [model, setModel] = useState({ name: '', description: '' });
  const [version, setVersion] = useState({ name: '', description: '' });
  const nameCheck = useNameTaken(model.name, {
    searchUrl: (name) => api.models(registry.name, toSearchParams(nameSearch(name))),
    itemUrl: (name) => api.model(registry.name, name),
    queryKey: (name) => [...modelKeys.all(registry.name), 'name-taken', name],
  });
  const ctx = { kind: 'model' as const, location: form.artifact.location, rows: form.rows };

  const mutation = useMutation({
    mutationFn: (body: ModelBody) => apiFetch<TModelCreated>(api.models(registry.name), { method: 'POST', json: body }),
    onSuccess: (created) => {
      void queryClient.invalidateQueries({ queryKey: modelKeys.all(registry.name) });
      notify({
        variant: 'success',
        title: `Model "${created.name}" registered`,
        description: created.version ? `Its first version is "${created.version.name}".` : undefined,
      });
      router.push(
        created.version
          ? routes.version(registry.name, created.name, created.version.name)
          : routes.model(registry.name, created.name),
      );
    },
    onError: (err) => {
      const errors: FieldErrors =
        err instanceof ApiError && err.status === 409
          ? { [FIELD.modelName]: err.message }
          : err instanceof ApiError && err.status === 422
            ? issuesToFields(apiIssues(err.details), ctx)
            : {};
      form.showErrors(hasErrors(errors) ? errors : { [FIELD.form]: err.message });
    },
  });

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const properties = form.propertiesToSend();
    const body: ModelBody = {
      name: model.name,
      description: model.description,
      labels: form.labelsToSend(),
      properties: properties.properties,
      version: { name: version.name, description: version.description, artifact: toArtifactInput(form.artifact) },
    };
    const parsed = ZModelCreate.safeParse(body);
    const errors: FieldErrors = {
      ...(parsed.success ? {} : issuesToFields(zodIssues(parsed.error.issues), ctx)),
      ...properties.errors,
    };
    if (nameCheck === 'taken') errors[FIELD.modelName] ??= MODEL_TAKEN;
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
        current="Register model"
        title="Register model"
        description="Register a model with its first version and where its files are stored. You can add more versions later."
      />
      <PageSection>
        <Form onSubmit={submit} noValidate isWidthLimited maxWidth="60rem" innerRef={form.formRef}>
          {readOnlyReason && (
            <Alert variant="warning" isInline title="You cannot register models in this registry">
              {readOnlyReason}
            </Alert>
          )}
          {form.errors[FIELD.form] && (
            <Alert variant="danger" isInline title="The model could not be registered">
              {form.errors[FIELD.form]}
            </Alert>
          )}
          <FormSection title="Model details" titleElement="h2">
            <NameField
              label="Model name"
              value={model.name}
              onChange={(name) => {
                setModel((m) => ({ ...m, name }));
                form.clear(FIELD.modelName);
              }}
              error={form.errors[FIELD.modelName]}
              check={nameCheck}
              takenMessage={MODEL_TAKEN}
              hint="Unique in this registry. It appears in links and cannot be changed later."
              isDisabled={isDisabled}
            />
            <DescriptionField
              label="Model description"
              value={model.description}
              onChange={(description) => {
                setModel((m) => ({ ...m, description }));
                form.clear(FIELD.modelDescription);
              }}
              error={form.errors[FIELD.modelDescription]}
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
          <FormSection title="Version details" titleElement="h2">
            <NameField
              label="Version name"
              value={version.name}
              onChange={(name) => {
                setVersion((v) => ({ ...v, name }));
                form.clear(FIELD.versionName);
              }}
              error={form.errors[FIELD.versionName]}
              check="idle"
              takenMessage=""
              hint="The first version, such as v1 or 2025-01. It cannot be changed later."
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
          </FormSection>
          <ArtifactFields
            values={form.artifact}
            onChange={form.changeArtifact}
            errors={form.errors}
            isDisabled={isDisabled}
          />
          <RegisterActions
            submitLabel="Register model"
            isPending={isBusy}
            isDisabled={isDisabled}
            cancelHref={routes.models(registry.name)}
          />
        </Form>
      </PageSection>
    </>
  );
}
