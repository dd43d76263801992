import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import boundaries from './eslint.boundaries.js';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '**/generated/**', '.kafka/**', '.data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      'no-console': 'error',
      // Configuration is parsed once per service, by its subgraph definition (defineSubgraph, or
      // env.ts for the gateway); nothing else reads the environment.
      'no-restricted-properties': [
        'error',
        {
          object: 'process',
          property: 'env',
          message: "Read configuration through the service's subgraph definition (defineSubgraph).",
        },
      ],
    },
  },
  {
    files: [
      '**/env.ts',
      'packages/service-runtime/src/define-subgraph.ts',
      'packages/service-runtime/src/run-subgraph.ts',
      '**/*.spec.ts',
      '**/test/**',
      'scripts/src/**',
      'tests/**',
      '**/testing.ts',
    ],
    rules: { 'no-restricted-properties': 'off' },
  },
  // The module template's boundaries (docs/adr/0010-module-template.md); last, so they hold.
  ...boundaries,
);
