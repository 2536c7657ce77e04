/** Remembers the last registry opened, so `/` can go back to it. */
export const LAST_REGISTRY_COOKIE = 'mr-last-registry';
