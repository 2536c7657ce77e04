import { describe, expect, it } from 'vitest';
import { findRuntime, normalizeFormatName, SERVING_RUNTIMES, suggestRuntime } from './runtimes';

describe('serving runtimes', () => {
  it('have unique ids that are valid Kubernetes names', () => {
    const ids = SERVING_RUNTIMES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/);
    for (const r of SERVING_RUNTIMES) expect(r.modelFormats.length).toBeGreaterThan(0);
  });

  it.each([
    ['vllm', 'vllm'],
    ['vLLM', 'vllm'],
    ['safetensors', 'vllm'],
    ['huggingface', 'vllm'],
    ['HF', 'vllm'],
    ['gguf', 'vllm'],
    ['openvino_ir', 'ovms'],
    ['OpenVINO IR', 'ovms'],
    ['openvino-ir', 'ovms'],
    ['onnx', 'ovms'],
    ['ONNX', 'ovms'],
    ['sklearn', 'kserve-sklearnserver'],
    ['scikit-learn', 'kserve-sklearnserver'],
    ['xgboost', 'kserve-xgbserver'],
    ['lightgbm', 'kserve-lgbserver'],
    ['tensorrt', 'kserve-tritonserver'],
    ['tensorflow', 'kserve-tritonserver'],
    ['pytorch', 'kserve-tritonserver'],
    ['TorchScript', 'kserve-tritonserver'],
    [' pytorch ', 'kserve-tritonserver'],
  ])('suggest a runtime for the format %j: %s', (format, runtime) => {
    expect(suggestRuntime(format)).toBe(runtime);
  });

  it('suggest nothing for unknown or missing formats', () => {
    expect(suggestRuntime('caffe')).toBeNull();
    expect(suggestRuntime('')).toBeNull();
    expect(suggestRuntime('   ')).toBeNull();
    expect(suggestRuntime(null)).toBeNull();
    expect(suggestRuntime(undefined)).toBeNull();
  });

  it('find runtimes by id and normalise format names', () => {
    expect(findRuntime('vllm')?.label).toBe('vLLM');
    expect(findRuntime('nope')).toBeNull();
    expect(findRuntime(null)).toBeNull();
    expect(normalizeFormatName(' OpenVINO  IR ')).toBe('openvino_ir');
  });
});
