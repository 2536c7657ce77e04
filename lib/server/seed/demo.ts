// Demo data for first start: a registry and two demo accounts (a data scientist and a viewer).
import { randomBytes } from 'node:crypto';
import type { UserPrincipal } from '../auth/principal';
import { createRegistry } from '../services/registries';
import { createLocalUser } from '../services/users';

export const DEMO_REGISTRY = {
  name: 'demo',
  displayName: 'Demo registry',
  description: 'Example models to explore: fraud detection, churn prediction, an LLM and a vision model.',
};

export type DemoResult = {
  registryName: string;
  accounts: { username: string; password: string; description: string }[];
};

export async function seedDemo(admin: UserPrincipal): Promise<DemoResult> {
  const registry = await createRegistry(admin, DEMO_REGISTRY);
  const accounts = [
    { username: 'data-scientist', displayName: 'Dana Scientist', description: 'Data scientist (demo)' },
    { username: 'viewer', displayName: 'Vic Viewer', description: 'Viewer (demo)' },
  ].map((a) => ({ ...a, password: process.env.DEMO_PASSWORD || randomBytes(9).toString('base64url') }));
  for (const a of accounts) {
    await createLocalUser({ username: a.username, password: a.password, displayName: a.displayName });
  }
  return { registryName: registry.name, accounts };
}
