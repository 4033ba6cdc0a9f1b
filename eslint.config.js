// Lint = correctness rules plus the layer boundaries of the architecture (see README).
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import prettier from 'eslint-config-prettier';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

const layer = (message, extraPaths = [], extraPatterns = [], extraRegexes = []) => ({
  'no-restricted-imports': [
    'error',
    {
      paths: extraPaths.map((name) => ({ name, message })),
      patterns: [...extraPatterns.map((group) => ({ group: [group], message })), ...extraRegexes],
    },
  ],
});

// The renderer's layers. A later config object replaces the rule's options for its files, so each
// renderer layer repeats the renderer-wide restriction and adds its own regexes (on the specifier as written).
const RENDERER_MESSAGE =
  'renderer/ may import renderer/ and shared/ only (and browser libraries); it reaches the services through renderer/api/client.ts, never electron/ or Node.';
const rendererLayer = (...regexes) =>
  layer(RENDERER_MESSAGE, [...nodeBuiltins, 'electron', 'better-sqlite3'], ['**/electron/**'], regexes);
const FEATURE_INTERNALS =
  'A feature is used through its index only: import features/<name>/index.ts, never the files inside it. Layers: app/ (shell) may import features through their index; a feature may import other features through their index and ui/, state/, api/, shared/ directly; ui/, state/ and api/ import no feature and not app/.';
const SHARED_LAYERS =
  'ui/, state/ and api/ are shared by every feature, so they import no feature and not app/: only ui/, state/, api/, shared/ and libraries. Layers: app/ -> features/<name>/index.ts -> ui/, state/, api/ -> shared/.';
/**
 * From a file `depth` folders below renderer/features/, that many `../` leave its feature for a sibling
 * feature (one more leaves features/). Features nest at most three folders deep (blocks below).
 */
const siblingFeatureInternals = (depth) => ({
  regex: `^(\\.\\./){${depth}}[^./][^/]*/(?!index\\.ts$)`,
  message: FEATURE_INTERNALS,
});
const FEATURES_NO_APP =
  'A feature never imports app/ (the shell): the app composes the features and passes in what a view needs from it (its header and banner around the view, callbacks as props). Layers: app/ -> features/<name>/index.ts -> ui/, state/, api/ -> shared/.';
/** From a file `depth` folders below renderer/features/, one `../` more than that reaches renderer/ (and its app/). */
const noApp = (depth) => ({ regex: `^(\\.\\./){${depth + 1}}app/`, message: FEATURES_NO_APP });

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'release/', 'test-results/', 'playwright-report/', '.bench/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  // Formatting is Prettier's (its check runs in `npm run lint`); ESLint keeps to correctness and structure.
  prettier,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  // House sizes: a file reads in one sitting, a function fits on a screen. Tests, fixtures and the fixture
  // generator are exempt (a test's table of cases or a generator's script reads better whole).
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    ignores: ['**/*.test.{ts,tsx}', 'tests/**', 'scripts/make-fixtures.ts'],
    rules: {
      'max-lines': ['error', { max: 400 }],
      'max-lines-per-function': ['error', { max: 120 }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    files: [
      'electron/**/*.ts',
      'scripts/**/*.{ts,js,mjs}',
      'bin/**/*.mjs',
      'tests/**/*.ts',
      'build/**/*.{ts,js,mjs}',
      '*.{js,ts}',
    ],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['shared/**/*.ts'],
    rules: layer(
      'shared/ is pure TypeScript used by every layer: it may import only other shared/ files and pure libraries (zod). No Node, DOM, Electron or React.',
      [
        ...nodeBuiltins,
        'electron',
        'react',
        'react-dom',
        'slate',
        'slate-react',
        'slate-dom',
        'slate-history',
        'better-sqlite3',
      ],
      ['**/electron/**', '**/renderer/**', 'react-dom/*'],
    ),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/vite.config.ts'],
    rules: rendererLayer(),
  },
  {
    // The shell (and the entry beside index.html) reaches a feature through its index only.
    files: ['renderer/app/**/*.{ts,tsx}', 'renderer/main.tsx'],
    rules: rendererLayer({ regex: '(^|/)features/[^/]+/(?!index\\.ts$)', message: FEATURE_INTERNALS }),
  },
  { files: ['renderer/features/*/*.{ts,tsx}'], rules: rendererLayer(siblingFeatureInternals(1), noApp(1)) },
  { files: ['renderer/features/*/*/*.{ts,tsx}'], rules: rendererLayer(siblingFeatureInternals(2), noApp(2)) },
  { files: ['renderer/features/*/*/*/*.{ts,tsx}'], rules: rendererLayer(siblingFeatureInternals(3), noApp(3)) },
  {
    files: ['renderer/ui/**/*.{ts,tsx}', 'renderer/state/**/*.{ts,tsx}', 'renderer/api/**/*.{ts,tsx}'],
    rules: rendererLayer({ regex: '(^|/)(features|app)/', message: SHARED_LAYERS }),
  },
  {
    files: ['electron/services/**/*.ts', 'electron/host/**/*.ts', 'electron/cli/**/*.ts'],
    rules: layer(
      'electron/services, electron/host and electron/cli never import electron: the same services run over IPC and over the local HTTP host. Allowed: electron/services, electron/host, electron/cli, shared/, Node built-ins.',
      ['electron'],
      ['**/renderer/**', '**/electron/main/**', '**/electron/preload/**'],
    ),
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: layer(
      'the sandboxed preload may import only electron (contextBridge, ipcRenderer) and shared/ types.',
      [...nodeBuiltins],
      ['**/electron/services/**', '**/renderer/**'],
    ),
  },
);
