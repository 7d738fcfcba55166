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
    // Layers: db, lib and workers are below the screens; they never import features or the shell.
    files: ['src/db/**/*.ts', 'src/lib/**/*.{ts,tsx}', 'src/workers/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(\\.\\./)+(features|app)/',
              message: 'db, lib and workers never import features or app.',
            },
          ],
        },
      ],
    },
  },
  {
    // Shared components take their data as props: no screens, no shell, no database.
    files: ['src/components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^(\\.\\./)+(features|app)/', message: 'components never import features or app.' },
            { regex: '^((\\.\\./)+db/|dexie)', message: 'components get their data as props.' },
          ],
        },
      ],
    },
  },
  {
    // Time, timers and storage are reached through src/lib (clock, timers, storage,
    // journal), so tests control them and nothing else touches them directly.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/lib/**', 'src/workers/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...['setTimeout', 'setInterval', 'clearTimeout', 'clearInterval'].map((name) => ({
          name,
          message: 'Use startTimer/stopTimer from src/lib/timers.',
        })),
        ...['requestAnimationFrame', 'cancelAnimationFrame'].map((name) => ({
          name,
          message: 'Use nextFrame from src/lib/timers.',
        })),
        ...['localStorage', 'sessionStorage'].map((name) => ({
          name,
          message: 'Use src/lib/storage or src/lib/journal.',
        })),
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Use now() from src/lib/clock.' },
        ...[
          'setTimeout',
          'setInterval',
          'clearTimeout',
          'clearInterval',
          'requestAnimationFrame',
          'localStorage',
        ].flatMap((property) =>
          ['globalThis', 'window'].map((object) => ({ object, property, message: 'Go through src/lib.' })),
        ),
      ],
    },
  },
  {
    files: ['**/*.d.ts'],
    rules: { '@typescript-eslint/consistent-type-imports': 'off' },
  },
  {
    files: [
      'build/**',
      'scripts/**',
      'tests/e2e/**',
      'tests/bench/*.mjs',
      'tests/chromium.ts',
      '*.config.{js,ts}',
    ],
    // Node scripts that also pass functions to the browser (page.evaluate).
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
)
