// Sign-in refusals the login page explains. The server throws `TooManyAttempts:<minutes>`
// from the credentials provider; next-auth hands that text to the login page as the error.
export const TOO_MANY_ATTEMPTS = 'TooManyAttempts';

export function tooManyAttemptsCode(minutes: number): string {
  return `${TOO_MANY_ATTEMPTS}:${minutes}`;
}

/** The message for a `TooManyAttempts:<minutes>` code, or null for other codes. */
export function tooManyAttemptsMessage(code: string): string | null {
  const match = new RegExp(`^${TOO_MANY_ATTEMPTS}:(\\d+)$`).exec(code);
  if (!match) return null;
  const minutes = Number(match[1]);
  return `Too many failed sign-ins; try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`;
}
