// Lint: typescript-eslint (type-aware), React hooks, jsx-a11y, no import cycles, and the layer
// boundaries of DESIGN.md: imports run one way (domain ← data ← store ← url, i18n ← ui ← features ← app),
// and a feature never imports another feature: features talk through the store.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import { importX, createNodeResolver } from 'eslint-plugin-import-x';
import globals from 'globals';

const layer = (target, allowed) => ({
  target: `./src/${target}`,
  from: './src',
  except: [`./${target}`, ...allowed.map((a) => `./${a}`)],
  message: `src/${target} may import only from ${[target, ...allowed].join(', ')} (see DESIGN.md).`,
});

/** The feature folders under src/features: each may use the shared layers, never another feature. */
const FEATURES = [
  'timeline',
  'explore',
  'panels',
  'positions',
  'paper',
  'votes',
  'classroom',
  'quiz',
  'newsroom',
  'own-data',
  'offline',
];
const SHARED = ['ui', 'store', 'domain', 'i18n', 'data'];
const feature = (name, extra) => ({
  target: `./src/features/${name}`,
  from: './src',
  except: [`./features/${name}`, ...[...SHARED, ...extra].map((a) => `./${a}`)],
  message: `src/features/${name} may import only from itself and ${[...SHARED, ...extra].join(', ')}: features talk through the store (see DESIGN.md).`,
});

export default tseslint.config(
  { ignores: ['dist', 'coverage', 'node_modules', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    settings: {
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] }),
      ],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            layer('domain', []),
            layer('data', ['domain']),
            layer('store', ['domain', 'data']),
            layer('i18n', ['domain', 'store']),
            layer('url', ['domain', 'store', 'data', 'i18n']),
            layer('ui', ['domain', 'store', 'i18n']),
            ...FEATURES.map((f) => feature(f, f === 'newsroom' ? ['url'] : [])),
          ],
        },
      ],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-confusing-void-expression': 'off',
      // With noUncheckedIndexedAccess, `list[0]!` after a length check is the honest idiom.
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  { files: ['**/*.tsx'], ...jsxA11y.flatConfigs.recommended },
  {
    // vis-timeline is reachable only through the timeline feature.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/features/timeline/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['vis-timeline*', 'vis-data*'],
              message: 'Only src/features/timeline imports vis-*.',
            },
          ],
        },
      ],
    },
  },
  {
    // Only src/url reads or writes the address; only the newsroom feature talks to a parent window.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/url/**', 'src/features/newsroom/**', 'src/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'location', message: 'Only src/url touches location.' },
        { name: 'history', message: 'Only src/url touches history.' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'window', property: 'location', message: 'Only src/url touches location.' },
        { object: 'window', property: 'history', message: 'Only src/url touches history.' },
      ],
    },
  },
  {
    files: ['tests/**', '**/*.test.{ts,tsx}', 'scripts/**', '*.config.{js,ts}'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
  {
    // embed.js runs on newsroom pages we do not control: plain ES5 script, browser globals only.
    files: ['src/features/newsroom/embed-host.js'],
    // The parser here reads any syntax, so ES2015+ constructs are banned by name.
    languageOptions: { sourceType: 'script', globals: { ...globals.browser } },
    rules: {
      'no-restricted-syntax': [
        'error',
        ...[
          'VariableDeclaration[kind!="var"]',
          'ArrowFunctionExpression',
          'TemplateLiteral',
          'ClassDeclaration',
          'ClassExpression',
          'SpreadElement',
          'RestElement',
          'AssignmentPattern',
          'ObjectPattern',
          'ArrayPattern',
          'ForOfStatement',
          'Property[shorthand=true]',
          'Property[method=true]',
          'ImportDeclaration',
          'ExportNamedDeclaration',
        ].map((selector) => ({ selector, message: 'embed.js is plain ES5.' })),
      ],
    },
  },
);
