import { describe, expect, it } from 'vitest';
import { decryptWithKey, deriveKey, encryptWithKey, SecretUnreadableError } from './secrets';

describe('secrets at rest', () => {
  const key = deriveKey('a session secret');

  it('round-trip, and never store the plain text', () => {
    const stored = encryptWithKey('sha256~cluster-token', key);
    expect(stored).not.toContain('cluster-token');
    expect(stored.startsWith('v1.')).toBe(true);
    expect(decryptWithKey(stored, key)).toBe('sha256~cluster-token');
    expect(encryptWithKey('sha256~cluster-token', key)).not.toBe(stored);
  });

  it('give a clear error, not a crash, when the key changed or the text was altered', () => {
    const stored = encryptWithKey('token', key);
    expect(() => decryptWithKey(stored, deriveKey('another secret'))).toThrow(SecretUnreadableError);
    expect(() => decryptWithKey(stored, deriveKey('another secret'))).toThrow(/encryption key changed/);
    const [v, iv, tag, body] = stored.split('.');
    expect(() => decryptWithKey([v, iv, tag, `A${body}`].join('.'), key)).toThrow(SecretUnreadableError);
    expect(() => decryptWithKey('garbage', key)).toThrow(SecretUnreadableError);
  });
});
