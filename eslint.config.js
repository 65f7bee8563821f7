// Lint: typescript-eslint's recommended rules everywhere, React hook rules in
// the explorer, and the layer rules: the explorer never imports server
// packages nor server code but api/contract/; api/analysis/ stays pure (no
// database, no GraphQL, no fit service).
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      '.neo4j/',
      '.cache/',
      'test-results/',
      'bench/results/',
      'data/',
      '**/generated/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['neo4j-driver', 'graphql-yoga', '@graphql-tools/*', 'node:*'],
              message: 'The explorer talks to the API over HTTP only.',
            },
            {
              regex: '^(\\.\\./)+api/(?!contract/)',
              message: 'The explorer may share only api/contract/ with the server.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['api/analysis/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.\\./(db|fits|graphql|plugins|import|shortlists)/',
              message: 'api/analysis/ is pure: it reads nothing and knows no GraphQL.',
            },
            { group: ['neo4j-driver'], message: 'api/analysis/ is pure.' },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.mjs', 'scripts/**/*.ts', 'bench/**/*.ts', 'docs/examples/**/*.ts'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
);
