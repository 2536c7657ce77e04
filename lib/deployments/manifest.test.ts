import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { EMPTY_RESOURCES } from '../validation/deployment';
import {
  artifactStorageUri,
  inferenceServiceManifest,
  isLabelValue,
  manifestYaml,
  type TManifestInput,
} from './manifest';

const input: TManifestInput = {
  name: 'fraud-detector',
  namespace: 'models-prod',
  registry: { id: 'cmreg0000000000000000001', name: 'team-a' },
  model: { id: 'cmmod0000000000000000001', name: 'Fraud Detector / EU (v2)' },
  version: { id: 'cmver0000000000000000001', name: '1.2.0 — "final"' },
  deploymentId: 'cmdep0000000000000000001',
  artifactId: 'cmart0000000000000000001',
  runtime: 'ovms',
  modelFormat: { name: 'onnx', version: '1' },
  storageUri: 's3://models/fraud/1.2.0',
  minReplicas: 1,
  maxReplicas: 3,
  resources: { cpuRequest: '500m', cpuLimit: '2', memoryRequest: '1Gi', memoryLimit: '4Gi', gpus: 1 },
};

describe('inferenceServiceManifest', () => {
  it('builds a KServe v1beta1 InferenceService, field by field', () => {
    const m = inferenceServiceManifest(input);
    expect(Object.keys(m)).toEqual(['apiVersion', 'kind', 'metadata', 'spec']);
    expect(m.apiVersion).toBe('serving.kserve.io/v1beta1');
    expect(m.kind).toBe('InferenceService');
    expect(m.metadata.name).toBe('fraud-detector');
    expect(m.metadata.namespace).toBe('models-prod');
    expect(m.metadata.labels).toEqual({
      'app.kubernetes.io/managed-by': 'model-registry',
      'modelregistry.io/registry': 'team-a',
      'modelregistry.io/registry-id': 'cmreg0000000000000000001',
      'modelregistry.io/registered-model-id': 'cmmod0000000000000000001',
      'modelregistry.io/model-version-id': 'cmver0000000000000000001',
      'modelregistry.io/deployment-id': 'cmdep0000000000000000001',
    });
    expect(m.metadata.annotations).toEqual({
      'modelregistry.io/registry': 'team-a',
      'modelregistry.io/registered-model-name': 'Fraud Detector / EU (v2)',
      'modelregistry.io/model-version-name': '1.2.0 — "final"',
      'modelregistry.io/model-artifact-id': 'cmart0000000000000000001',
    });
    const p = m.spec.predictor;
    expect(p.minReplicas).toBe(1);
    expect(p.maxReplicas).toBe(3);
    expect(p.model.modelFormat).toEqual({ name: 'onnx', version: '1' });
    expect(p.model.runtime).toBe('ovms');
    expect(p.model.storageUri).toBe('s3://models/fraud/1.2.0');
    expect(p.model.resources).toEqual({
      requests: { cpu: '500m', memory: '1Gi', 'nvidia.com/gpu': '1' },
      limits: { cpu: '2', memory: '4Gi', 'nvidia.com/gpu': '1' },
    });
  });

  it('keeps every label value valid for Kubernetes', () => {
    const m = inferenceServiceManifest(input);
    for (const value of Object.values(m.metadata.labels)) expect(isLabelValue(value)).toBe(true);
  });

  it('leaves out what is not known: no resources, no format version, no storage URI, no deployment id', () => {
    const m = inferenceServiceManifest({
      ...input,
      namespace: null,
      deploymentId: null,
      artifactId: null,
      modelFormat: { name: null },
      storageUri: null,
      resources: EMPTY_RESOURCES,
      minReplicas: 0,
    });
    expect(Object.keys(m.metadata)).toEqual(['name', 'labels', 'annotations']);
    expect(m.metadata.labels['modelregistry.io/deployment-id']).toBeUndefined();
    expect(m.metadata.annotations['modelregistry.io/model-artifact-id']).toBeUndefined();
    expect(m.spec.predictor.minReplicas).toBe(0);
    expect(m.spec.predictor.model).toEqual({ modelFormat: { name: 'openvino_ir' }, runtime: 'ovms' });
  });

  it('puts only what is set into requests or limits', () => {
    const m = inferenceServiceManifest({ ...input, resources: { ...EMPTY_RESOURCES, memoryLimit: '8Gi' } });
    expect(m.spec.predictor.model.resources).toEqual({ limits: { memory: '8Gi' } });
  });

  it('never puts an invalid label value in labels', () => {
    expect(isLabelValue('team-a')).toBe(true);
    expect(isLabelValue('a'.repeat(63))).toBe(true);
    expect(isLabelValue('a'.repeat(64))).toBe(false);
    expect(isLabelValue('Fraud Detector')).toBe(false);
    expect(isLabelValue('-x')).toBe(false);
    const m = inferenceServiceManifest({ ...input, deploymentId: 'not a label!' });
    expect(m.metadata.labels['modelregistry.io/deployment-id']).toBeUndefined();
  });
});

describe('manifestYaml', () => {
  it('writes YAML that reads back as the same manifest, names with any characters included', () => {
    const m = inferenceServiceManifest(input);
    const text = manifestYaml(m);
    expect(text.startsWith('apiVersion: serving.kserve.io/v1beta1\nkind: InferenceService\n')).toBe(true);
    expect(parse(text)).toEqual(m);
  });
});

describe('artifactStorageUri', () => {
  it('uses the URI, else the bucket and path as s3://', () => {
    expect(artifactStorageUri({ uri: 'hf://org/model' })).toBe('hf://org/model');
    expect(artifactStorageUri({ uri: null, bucket: 'b', path: '/models/x' })).toBe('s3://b/models/x');
    expect(artifactStorageUri({ uri: null, bucket: 'b', path: null })).toBeNull();
  });
});
