// Lint rules: Next's core-web-vitals and TypeScript sets (which bring React, React
// hooks, import and jsx-a11y), TanStack Query's rules, jsx-a11y's strict set, and an
// import boundary: only lib/server (plus scripts, migrations and tests) may reach the
// database client or server-only modules.
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import pluginQuery from '@tanstack/eslint-plugin-query';
import jsxA11y from 'eslint-plugin-jsx-a11y';

const databaseImports = {
  group: [
    '@prisma/client',
    '@prisma/client/*',
    '@/generated/*',
    '**/generated/prisma/*',
    '@prisma/adapter-*',
    'better-sqlite3',
    'pg',
  ],
  message: 'Only lib/server/** talks to the database: call a service (pages) or the REST API (components).',
};
const serverImports = {
  group: ['@/lib/server/*', '**/lib/server/*'],
  message: 'Client components cannot import server-only modules: use the REST API through React Query.',
};

const config = [
  {
    ignores: [
      'node_modules/**',
      '.next/**',
      'generated/**',
      'test-results/**',
      'playwright-report/**',
      'next-env.d.ts',
      'data/**',
    ],
  },
  ...nextVitals,
  ...nextTs,
  ...pluginQuery.configs['flat/recommended'],
  { rules: jsxA11y.flatConfigs.strict.rules },
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { patterns: [databaseImports] }],
    },
  },
  {
    files: ['components/**', 'lib/*.ts', 'lib/*.tsx', 'lib/client/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [databaseImports, serverImports] }] },
  },
  {
    files: ['lib/server/**', 'scripts/**', 'prisma/**', 'e2e/**', '**/*.test.ts', 'bench/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
];

export default config;
