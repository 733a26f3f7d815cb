// @ts-check
/**
 * ESLint for the whole workspace: typescript-eslint with type information (each file is checked with
 * the tsconfig that owns it, found by the project service), and the Astro plugin for the pages.
 * Formatting is Prettier's job (.prettierrc.json), not ESLint's.
 */
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/',
      '**/dist/',
      '**/build/',
      '**/.astro/',
      '**/.strapi/',
      '**/.cache/',
      '.tooling/',
      'test-results/',
      'site/dist*/',
      'cms/types/generated/',
      'shared/src/graphql/generated/',
      'cms/public/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  ...tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: { projectService: { allowDefaultProject: ['eslint.config.js'] }, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Unused names are an error, except the ones marked unused on purpose.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Numbers and booleans read fine in messages.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
      // Type aliases and interfaces are both used on purpose (unions vs. shapes).
      '@typescript-eslint/consistent-type-definitions': 'off',
      // An async function that implements an async interface (a fake store, a token getter) without
      // awaiting anything is correct; the rule only flags style there.
      '@typescript-eslint/require-await': 'off',
      // `string[]` for simple element types, `Array<{ … }>` where the element type is long.
      '@typescript-eslint/array-type': ['error', { default: 'array-simple' }],
    },
  },
  ...astro.configs.recommended,
  {
    files: ['**/*.astro'],
    // astro-eslint-parser reads `project`, not the project service: each page finds site/tsconfig.json.
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.astro'], projectService: false, project: true } },
  },
  {
    files: ['cms/src/admin/**/*.{ts,tsx}', 'site/src/scripts/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
    // `const { formatMessage } = useIntl()` is how react-intl is used: its functions are bound.
    rules: { '@typescript-eslint/unbound-method': 'off' },
  },
  {
    // The CMS server is compiled to CommonJS without verbatimModuleSyntax (cms/tsconfig.json says why):
    // these keep what that option enforced elsewhere, types imported and exported as types.
    files: ['cms/config/**/*.ts', 'cms/src/**/*.ts'],
    ignores: ['cms/src/admin/**'],
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/consistent-type-exports': 'error',
    },
  },
  {
    files: ['**/test/**/*.ts', 'scripts/test-support/**/*.ts'],
    // Vitest's asymmetric matchers (`expect.stringContaining(…)`) are typed `any` by design.
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off', '@typescript-eslint/no-unsafe-argument': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
