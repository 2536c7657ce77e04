'use client';

import {
  Button,
  FormGroup,
  FormSection,
  Grid,
  GridItem,
  TextInput,
  ToggleGroup,
  ToggleGroupItem,
} from '@patternfly/react-core';
import { CloudIcon, LinkIcon } from '@patternfly/react-icons';
import { useId } from 'react';
import type { FieldErrors } from '@/lib/form-errors';
import { FieldHelper, validated } from './FieldHelper';
import { matchingFormats } from './formats';
import { artifactField, FIELD, type ArtifactValues, type LocationMode } from './register-form';
import { TypeaheadInput } from './TypeaheadInput';

type Props = {
  values: ArtifactValues;
  onChange: (patch: Partial<ArtifactValues>) => void;
  errors: FieldErrors;
  isDisabled?: boolean;
  /** What the latest version used, shown as hints on the version page. */
  previous?: { version: string; path: string | null; uri: string | null };
};

type TextField = 'endpoint' | 'bucket' | 'region' | 'path' | 'uri' | 'formatVersion';

/** The source model format and the model location of a version's artifact. */
export function ArtifactFields({ values, onChange, errors, isDisabled, previous }: Props) {
  const id = useId();
  const fieldId = (name: string) => `${id}-${name}`;
  const helperId = (name: string) => `${id}-${name}-helper`;

  const text = (name: TextField, errorKey: string, opts: { hint?: React.ReactNode; placeholder?: string } = {}) => {
    const error = errors[errorKey];
    return (
      <>
        <TextInput
          id={fieldId(name)}
          value={values[name]}
          onChange={(_e, value) => onChange({ [name]: value })}
          validated={validated(error)}
          placeholder={opts.placeholder}
          isDisabled={isDisabled}
          aria-describedby={error || opts.hint ? helperId(name) : undefined}
        />
        <FieldHelper id={helperId(name)} error={error} hint={opts.hint} />
      </>
    );
  };

  const formatError = errors[artifactField('modelFormatName')];
  const locationError = errors[FIELD.location];
  const setLocation = (location: LocationMode) => () => onChange({ location });

  return (
    <>
      <FormSection title="Source format" titleElement="h2">
        <Grid hasGutter md={6}>
          <GridItem>
            <FormGroup label="Model format" fieldId={fieldId('format')}>
              <TypeaheadInput
                inputId={fieldId('format')}
                label="Model format"
                value={values.formatName}
                onInputChange={(formatName) => onChange({ formatName })}
                onSelect={(formatName) => onChange({ formatName })}
                options={matchingFormats(values.formatName)}
                placeholder="e.g. onnx"
                toggleAriaLabel="Show format suggestions"
                clearAriaLabel="Clear format"
                isInvalid={Boolean(formatError)}
                isDisabled={isDisabled}
                describedBy={helperId('format')}
              />
              <FieldHelper id={helperId('format')} error={formatError} hint="Pick a common format or type any other." />
            </FormGroup>
          </GridItem>
          <GridItem>
            <FormGroup label="Format version" fieldId={fieldId('formatVersion')}>
              {text('formatVersion', artifactField('modelFormatVersion'), { placeholder: 'e.g. 1' })}
            </FormGroup>
          </GridItem>
        </Grid>
      </FormSection>

      <FormSection title="Model location" titleElement="h2">
        <FormGroup fieldId={fieldId('location')}>
          <ToggleGroup aria-label="Location type" id={fieldId('location')}>
            <ToggleGroupItem
              text="Object storage"
              icon={<CloudIcon />}
              buttonId={fieldId('location-object-storage')}
              isSelected={values.location === 'objectStorage'}
              onChange={setLocation('objectStorage')}
              isDisabled={isDisabled}
            />
            <ToggleGroupItem
              text="URI"
              icon={<LinkIcon />}
              buttonId={fieldId('location-uri')}
              isSelected={values.location === 'uri'}
              onChange={setLocation('uri')}
              isDisabled={isDisabled}
            />
          </ToggleGroup>
          <FieldHelper
            id={helperId('location')}
            error={locationError}
            hint={
              values.location === 'objectStorage'
                ? 'An S3-compatible bucket: the endpoint, bucket, region and the path of the model files.'
                : 'One address for the model files, in any scheme your serving platform understands.'
            }
          />
        </FormGroup>

        {values.location === 'objectStorage' ? (
          <Grid hasGutter>
            <GridItem md={6}>
              <FormGroup label="Endpoint" fieldId={fieldId('endpoint')}>
                {text('endpoint', artifactField('endpoint'), {
                  placeholder: 'https://s3.eu-west-1.amazonaws.com',
                })}
              </FormGroup>
            </GridItem>
            <GridItem md={3}>
              <FormGroup label="Bucket" isRequired fieldId={fieldId('bucket')}>
                {text('bucket', artifactField('bucket'))}
              </FormGroup>
            </GridItem>
            <GridItem md={3}>
              <FormGroup label="Region" fieldId={fieldId('region')}>
                {text('region', artifactField('region'), { placeholder: 'e.g. us-east-1' })}
              </FormGroup>
            </GridItem>
            <GridItem md={12}>
              <FormGroup label="Path" isRequired fieldId={fieldId('path')}>
                {text('path', artifactField('path'), {
                  placeholder: 'models/my-model/v1/',
                  hint: previous?.path
                    ? `The latest version (${previous.version}) is at ${previous.path}`
                    : 'The folder or file of the model inside the bucket.',
                })}
              </FormGroup>
            </GridItem>
          </Grid>
        ) : (
          <FormGroup label="URI" isRequired fieldId={fieldId('uri')}>
            {text('uri', artifactField('uri'), {
              placeholder: 's3://bucket/path/to/model',
              hint: previous?.uri ? (
                <PreviousUri
                  version={previous.version}
                  uri={previous.uri}
                  onUse={isDisabled || values.uri !== '' ? undefined : () => onChange({ uri: previous.uri ?? '' })}
                />
              ) : (
                'For example s3://bucket/path, oci://quay.io/org/model:1.0, https://host/model.onnx, hf://org/model or pvc://claim/path.'
              ),
            })}
          </FormGroup>
        )}
      </FormSection>
    </>
  );
}

function PreviousUri({ version, uri, onUse }: { version: string; uri: string; onUse?: () => void }) {
  return (
    <>
      The latest version ({version}) is at {uri}
      {onUse && (
        <>
          {' '}
          <Button variant="link" isInline onClick={onUse}>
            Start from it
          </Button>
        </>
      )}
    </>
  );
}
