// ESLint flat config: typescript-eslint's recommended and stylistic rules on all TypeScript.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
      // noUncheckedIndexedAccess makes every typed-array read `number | undefined`; the engine's hot
      // loops index within bounds they have just checked, and `!` says so without a runtime cost.
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // The viewer's page runs in the browser.
    files: ['packages/viewer/src/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Core runs in the browser: no Node globals there.
    files: ['packages/core/src/**/*.ts'],
    languageOptions: { globals: { ...globals['shared-node-browser'] } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'fs', 'path', 'os', 'child_process'],
              message: 'core does no I/O and runs in a browser.',
            },
          ],
        },
      ],
    },
  },
);
