import { describe, expect, it } from 'vitest';
import { isDns1123Label } from '@/lib/validation/deployment';
import { suggestDeploymentName, wholeNumber } from './deploy-form';

describe('the suggested deployment name', () => {
  it('joins model and version into a DNS-1123 label', () => {
    expect(suggestDeploymentName('fraud', 'v1')).toBe('fraud-v1');
    expect(suggestDeploymentName('Fraud Detector', 'v1.2')).toBe('fraud-detector-v1-2');
    expect(suggestDeploymentName('__llm__', '2024/05 (rc)')).toBe('llm-2024-05-rc');
  });

  it('stays a valid label for long and odd names', () => {
    const cases: [string, string][] = [
      ['x'.repeat(80), 'v1'],
      ['a', `${'b'.repeat(61)}-c`],
      ['日本語', 'バージョン'],
      ['-', '-'],
      ['Résumé', 'é'],
    ];
    for (const [model, version] of cases) {
      const name = suggestDeploymentName(model, version);
      expect(isDns1123Label(name), `${model} ${version} → ${name}`).toBe(true);
    }
    expect(suggestDeploymentName('日本語', 'バージョン')).toBe('deployment');
    expect(suggestDeploymentName('Résumé', 'v1')).toBe('resume-v1');
  });
});

describe('whole numbers typed into the form', () => {
  it('leaves blanks to the defaults and marks text as not a number', () => {
    expect(wholeNumber('3')).toBe(3);
    expect(wholeNumber(' ')).toBeUndefined();
    expect(wholeNumber('two')).toBeNaN();
  });
});
