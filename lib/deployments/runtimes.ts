// The serving runtimes a deployment can name, and which one suits an artifact's model
// format. Pure data, shared by the API (defaults) and the deploy form (suggestions).
// The ids are the names of the KServe (Cluster)ServingRuntimes they stand for; a cluster
// may have others, so a deployment may also name a runtime that is not in this list.

export type TServingRuntime = {
  id: string;
  label: string;
  description: string;
  /** Model format names this runtime serves, lowercase; the first is its main format. */
  modelFormats: string[];
};

// Order matters: when two runtimes serve a format (onnx), the first one listed wins.
export const SERVING_RUNTIMES: TServingRuntime[] = [
  {
    id: 'vllm',
    label: 'vLLM',
    description: 'Large language models: Hugging Face weights (safetensors) and GGUF, with an OpenAI-compatible API.',
    modelFormats: ['vllm', 'safetensors', 'huggingface', 'hf', 'gguf'],
  },
  {
    id: 'ovms',
    label: 'OpenVINO Model Server',
    description: 'OpenVINO IR and ONNX models on CPUs and Intel GPUs.',
    modelFormats: ['openvino_ir', 'openvino', 'onnx'],
  },
  {
    id: 'kserve-sklearnserver',
    label: 'KServe scikit-learn server',
    description: 'scikit-learn models saved with joblib or pickle.',
    modelFormats: ['sklearn', 'scikit_learn'],
  },
  {
    id: 'kserve-xgbserver',
    label: 'KServe XGBoost server',
    description: 'XGBoost models (.bst, .json, .ubj).',
    modelFormats: ['xgboost'],
  },
  {
    id: 'kserve-lgbserver',
    label: 'KServe LightGBM server',
    description: 'LightGBM models (.bst).',
    modelFormats: ['lightgbm', 'lgbm'],
  },
  {
    id: 'kserve-tritonserver',
    label: 'NVIDIA Triton Inference Server',
    description: 'ONNX, TensorRT, TensorFlow and PyTorch (TorchScript) models on GPUs.',
    modelFormats: ['triton', 'onnx', 'tensorrt', 'tensorflow', 'pytorch', 'torchscript'],
  },
];

/** "OpenVINO IR", "openvino-ir" and "openvino_ir" are the same format. */
export function normalizeFormatName(format: string): string {
  return format
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

export function findRuntime(id: string | null | undefined): TServingRuntime | null {
  return SERVING_RUNTIMES.find((r) => r.id === id) ?? null;
}

/** The runtime id that serves this model format, or null when none of ours does. */
export function suggestRuntime(formatName: string | null | undefined): string | null {
  if (!formatName) return null;
  const format = normalizeFormatName(formatName);
  if (!format) return null;
  return SERVING_RUNTIMES.find((r) => r.modelFormats.includes(format))?.id ?? null;
}
