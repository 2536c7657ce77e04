// Pure helpers of the deploy dialog, kept apart from the component so they can be tested.
import { isDns1123Label } from '@/lib/validation/deployment';

/**
 * A deployment name suggested from a model and a version: a DNS-1123 label, such as
 * "Fraud Detector" v1.2 → "fraud-detector-v1-2".
 */
export function suggestDeploymentName(model: string, version: string): string {
  const slug = `${model}-${version}`
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-+/, '')
    .slice(0, 63)
    .replace(/-+$/, '');
  return isDns1123Label(slug) ? slug : 'deployment';
}

/** "3" → 3; "" → undefined (the schema's default applies); anything else → NaN, which the schema names. */
export function wholeNumber(text: string): number | undefined {
  if (text.trim() === '') return undefined;
  const n = Number(text);
  return Number.isFinite(n) ? n : NaN;
}
