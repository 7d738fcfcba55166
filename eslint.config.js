import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['dist', '.bench', 'coverage', 'test-results', 'playwright-report', 'public'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Domain code is pure: no React, Dexie, DOM wrappers or stores.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-dom', 'react/*'], message: 'src/domain is pure TypeScript: no React.' },
            {
              group: ['dexie', 'dexie-react-hooks', 'zustand'],
              message: 'src/domain has no storage or state.',
            },
            {
              group: ['**/db/*', '**/lib/*', '**/features/*', '**/app/*'],
              message: 'src/domain imports only itself.',
            },
          ],
        },
      ],
    },
  },
  {
    // Features do not import each other; shared code lives in components, lib, domain or db.
    files: ['src/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^\\.\\./[^.]', message: 'Features do not import each other.' },
            { regex: '/features/', message: 'Features do not import each other.' },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.d.ts'],
    rules: { '@typescript-eslint/consistent-type-imports': 'off' },
  },
  {
    files: ['build/**', 'scripts/**', 'tests/e2e/**', 'tests/bench/*.mjs', '*.config.{js,ts}'],
    // Node scripts that also pass functions to the browser (page.evaluate).
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
)
