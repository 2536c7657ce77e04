import { describe, expect, it } from 'vitest';
import { tooManyAttemptsCode, tooManyAttemptsMessage } from './sign-in-errors';

describe('sign-in refusals', () => {
  it('a rate-limit code becomes a message saying how long to wait', () => {
    expect(tooManyAttemptsMessage(tooManyAttemptsCode(15))).toBe('Too many failed sign-ins; try again in 15 minutes.');
    expect(tooManyAttemptsMessage(tooManyAttemptsCode(1))).toBe('Too many failed sign-ins; try again in 1 minute.');
    expect(tooManyAttemptsMessage('CredentialsSignin')).toBeNull();
  });
});
