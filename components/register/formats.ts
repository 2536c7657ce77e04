// Common model formats offered as suggestions; any other format name is accepted too.
import type { TypeaheadOption } from './TypeaheadInput';

export const MODEL_FORMATS: TypeaheadOption[] = [
  { value: 'onnx', description: 'Open Neural Network Exchange' },
  { value: 'pytorch', description: 'PyTorch (TorchScript or state dict)' },
  { value: 'tensorflow', description: 'TensorFlow SavedModel' },
  { value: 'sklearn', description: 'scikit-learn (joblib or pickle)' },
  { value: 'xgboost', description: 'XGBoost booster' },
  { value: 'lightgbm', description: 'LightGBM booster' },
  { value: 'openvino_ir', description: 'OpenVINO intermediate representation' },
  { value: 'vLLM', description: 'Large language model served by vLLM' },
  { value: 'caikit', description: 'Caikit module' },
  { value: 'tensorrt', description: 'NVIDIA TensorRT engine' },
  { value: 'huggingface', description: 'Hugging Face Transformers' },
  { value: 'safetensors', description: 'Safetensors weights' },
  { value: 'gguf', description: 'GGUF (llama.cpp)' },
  { value: 'keras', description: 'Keras model' },
];

/** All formats while the text is empty or names one exactly; otherwise those containing it. */
export function matchingFormats(text: string): TypeaheadOption[] {
  const q = text.trim().toLowerCase();
  if (q === '' || MODEL_FORMATS.some((f) => f.value.toLowerCase() === q)) return MODEL_FORMATS;
  return MODEL_FORMATS.filter((f) => f.value.toLowerCase().includes(q) || f.description?.toLowerCase().includes(q));
}
