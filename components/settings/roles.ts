import type { RegistryRole } from '@/lib/roles';

export const ROLE_LABEL: Record<RegistryRole, string> = {
  viewer: 'Viewer',
  contributor: 'Contributor',
  admin: 'Admin',
};

export const ROLE_HELP: Record<RegistryRole, string> = {
  viewer: 'reads models, versions and artifacts',
  contributor: 'also registers and edits models and versions',
  admin: 'also deletes, and manages access and tokens',
};

export const ROLE_COLOR: Record<RegistryRole, 'grey' | 'blue' | 'purple'> = {
  viewer: 'grey',
  contributor: 'blue',
  admin: 'purple',
};
