// Lint rules that keep the layers apart (as VS Code and GitHub Desktop do): the core and the
// contract know nothing of Electron or React, only main and preload touch Electron, and raw IPC
// lives in exactly one glue file on each side.
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const electron = { name: 'electron', message: 'Only src/main and src/preload may import electron.' };
const react = ['react', 'react-dom', 'react-dom/*', 'ag-grid-*', 'chart.js', 'chart.js/*'];
// The same restrictions for each lower layer; a later block for the same files replaces the rule, so each repeats them.
const plainNode = [
  { group: react, message: 'The core, contract, CLI and browser host are plain Node: no React or UI libraries.' },
  { group: ['**/main/*', '**/preload/*', '**/renderer/*'], message: 'Lower layers never import the shell or the UI.' },
];
const core = [
  ...plainNode,
  {
    group: ['**/web/*', '**/cli/*'],
    message: 'The core runs under every host and imports none: not src/web, not src/cli.',
  },
];
const rawIpc = {
  selector:
    'ImportSpecifier[imported.name=/^ipc(Main|Renderer)$/], MemberExpression[property.name=/^ipc(Main|Renderer)$/]',
  message: 'Use the typed bridge: raw ipcMain/ipcRenderer belong only in src/main/ipc.ts and src/preload/index.ts.',
};

const rendererOnly = [
  {
    group: ['**/core/*', '**/core', '**/main/*', '**/preload/*', '**/web/*', '**/cli/*', 'node:*', 'better-sqlite3'],
    message: 'The renderer imports only src/shared and itself; it reaches the core through the contract.',
  },
];
const featureInternals = {
  regex: '(^|/)features/[^/]+/.',
  message: "Import a feature through its index.ts ('./features/shell'), never its files.",
};

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'reports/**',
      '.tmp/**',
      'bench/.data/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
    },
  },
  {
    files: ['src/core/**', 'src/shared/**', 'src/cli/**', 'src/web/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [electron], patterns: plainNode }] },
  },
  {
    files: ['src/core/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [electron], patterns: core }] },
  },
  {
    files: ['src/core/db/**'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electron],
          patterns: [
            ...core,
            {
              group: ['**/import/*', '**/import/**'],
              message: 'db/ sits below the import: it never imports core/import (provenance lives in core/provenance).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electron],
          patterns: [
            { group: react, message: 'The contract is shared by every layer: no UI libraries.' },
            {
              group: [
                '**/core/*',
                '**/core',
                '**/main/*',
                '**/preload/*',
                '**/renderer/*',
                '**/web/*',
                '**/cli/*',
                'node:*',
                'better-sqlite3',
              ],
              message: 'src/shared depends on nothing but itself and zod.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: { 'no-restricted-imports': ['error', { paths: [electron], patterns: [...rendererOnly, featureInternals] }] },
  },
  {
    // A feature uses another only through that feature's index.ts.
    files: ['src/renderer/features/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electron],
          patterns: [
            ...rendererOnly,
            featureInternals,
            {
              regex: '^\\.\\./[^./][^/]*/.',
              message:
                "Import another feature through its index.ts ('../brief'), never its files; shared pieces belong in renderer/lib or renderer/components.",
            },
          ],
        },
      ],
    },
  },
  {
    // What features share sits below them: lib, components, api, i18n, state and theme never import a feature.
    files: ['src/renderer/{lib,components,api,i18n,state,theme}/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electron],
          patterns: [
            ...rendererOnly,
            { group: ['**/features', '**/features/**'], message: 'Shared renderer code never imports a feature.' },
          ],
        },
      ],
    },
  },
  {
    // The rules of hooks, and the React Compiler's checks that come with them (purity, refs, effects).
    files: ['src/renderer/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
  },
  {
    files: ['src/**'],
    ignores: ['src/main/**', 'src/preload/**'],
    rules: { 'no-restricted-syntax': ['error', rawIpc] },
  },
  {
    files: ['src/main/**', 'src/preload/**'],
    ignores: ['src/main/ipc.ts', 'src/preload/index.ts', '**/*.test.ts'],
    rules: { 'no-restricted-syntax': ['error', rawIpc] },
  },
);
