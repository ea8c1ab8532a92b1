// ESLint flat config: typescript-eslint's recommended and stylistic rules on all TypeScript, and the
// rules that keep the shape of the code: no import past another folder's index (in core, the
// importer and neo4j), no function longer than 120 lines, and no array spread into push, unshift,
// Math.max, Math.min or String.fromCharCode (each element becomes an argument on the stack, and an
// array of a few hundred thousand overflows it: `kedja pull` did on 200,000 edges); in no package a
// record keyed by data that starts from `{}` (see DATA_RECORD). Import circles are found by dpdm
// (`pnpm lint:cycles`, part of `pnpm lint`), which counts type-only imports too. test/lint-rules.test.ts
// shows that each of these checks fails on code that breaks it.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * A folder's `index.ts` is the only file other folders import from. A relative import may name a
 * file in its own folder (`./x.js`), a file in a folder it sits inside (`../utils.js`,
 * `../../errors.js`), or another folder's index, also a nested folder's (`../kernel/index.js`,
 * `../formats/csv/index.js`: each folder is a module with its index as its surface); never another
 * folder's other files (`../kernel/snapshot.js`, `../formats/csv/read-table.js`).
 */
export const PAST_AN_INDEX = {
  regex: '^(\\./|(\\.\\./)+)[^/.][^/]*/(?!(?:[^/]+/)*index\\.js$).+',
  message: 'import another folder through its index.ts (`../folder/index.js`), never a file inside it.',
};

/**
 * An array spread into the arguments of a call that takes any number of them: the array's length
 * is the call's argument count, and past about 100,000 the stack overflows (RangeError). Append
 * in a loop, or reduce.
 */
export const SPREAD_INTO_ARGUMENTS = {
  selector:
    'CallExpression[callee.property.name=/^(push|unshift|max|min|fromCharCode|fromCodePoint)$/] > SpreadElement',
  message:
    'no array spread into push, unshift, Math.max, Math.min or String.fromCharCode: a long array overflows the stack; append in a loop or reduce.',
};

/**
 * In every package, a record keyed by data starts from `dataRecord()` (no prototype), never `{}`: a county
 * named `__proto__` or a sector named `constructor` would otherwise corrupt the answer.
 */
export const DATA_RECORD = {
  selector:
    "VariableDeclarator[init.type='ObjectExpression'][init.properties.length=0][id.typeAnnotation.typeAnnotation.typeName.name=/^(Record|Mapping)$/]",
  message:
    'a record keyed by data starts from dataRecord() (no prototype), not {}: a key such as __proto__ or constructor would corrupt it.',
};

const NO_IO_IN_CORE = {
  group: ['node:*', 'fs', 'path', 'os', 'child_process'],
  message: 'core does no I/O and runs in a browser.',
};

export default tseslint.config(
  {
    ignores: ['**/node_modules/**', '**/dist/**', 'coverage/**', 'packages/*/api/**', 'test/fixtures/lint/**'],
  },
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
    // CommonJS files (the CLI's bundle loader and its training run): require() is how they import.
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Short functions: an importer is small readers and a builder, a report a document and
    // serialisers, a command options, a call and a renderer (STYLE.md 18).
    files: ['packages/**/*.ts', 'packages/**/*.mjs', 'packages/**/*.js'],
    rules: {
      'max-lines-per-function': ['error', { max: 120, skipBlankLines: false, skipComments: false, IIFEs: true }],
      'no-restricted-syntax': ['error', SPREAD_INTO_ARGUMENTS, DATA_RECORD],
    },
  },
  {
    // The viewer's page runs in the browser.
    files: ['packages/viewer/src/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['packages/importer/src/**/*.ts', 'packages/neo4j/src/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [PAST_AN_INDEX] }] },
  },
  {
    // Core runs in the browser: no Node globals there.
    files: ['packages/core/src/**/*.ts'],
    languageOptions: { globals: { ...globals['shared-node-browser'] } },
    rules: {
      'no-restricted-imports': ['error', { patterns: [NO_IO_IN_CORE, PAST_AN_INDEX] }],
      'no-restricted-syntax': ['error', SPREAD_INTO_ARGUMENTS, DATA_RECORD],
    },
  },
);
