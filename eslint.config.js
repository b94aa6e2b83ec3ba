// Lint: TypeScript rules, React hooks, and the one-way import direction of the architecture:
// lib/components/api ← features ← app; features never import each other; mocks only from main.tsx.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import globals from 'globals';

const FEATURES = ['trends', 'sectors', 'viewpoints', 'overview', 'data'];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-reference',
      'node_modules',
      'public/mockServiceWorker.js',
      'test-results',
      'playwright-report',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  // Plain scripts the page loads as they are (no build step).
  { files: ['public/**/*.js'], languageOptions: { globals: globals.browser } },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })] },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Text from the API stays text.' },
      ],
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            // Shared layers never reach up into features or the app shell.
            ...['lib', 'components', 'api'].flatMap((layer) => [
              { target: `./src/${layer}`, from: './src/features', message: `src/${layer} must not import features.` },
              { target: `./src/${layer}`, from: './src/app', message: `src/${layer} must not import the app shell.` },
            ]),
            { target: './src/lib', from: './src/components', message: 'src/lib is pure: no components.' },
            { target: './src/lib', from: './src/api', message: 'src/lib is pure: no API calls.' },
            { target: './src/features', from: './src/app', message: 'Features must not import the app shell.' },
            // Features are independent of each other.
            ...FEATURES.map((f) => ({
              target: `./src/features/${f}`,
              from: './src/features',
              except: [`./${f}`],
              message: 'Features do not import each other; move shared code to components or lib.',
            })),
            // The app reaches the mock API only at startup (src/main.tsx).
            {
              target: './src/{app,api,components,features,lib}',
              from: './mocks',
              message: 'Only src/main.tsx may start the mock API.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['mocks/scripts/**/*.mjs', 'tests/tools/**/*.mjs'],
    // Node scripts; the benchmark also passes functions to run in the browser page.
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['tests/**/*.{ts,tsx}'],
    rules: {
      // Playwright fixtures call `use`, which is not React's hook.
      'react-hooks/rules-of-hooks': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
