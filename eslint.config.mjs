import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';

export default tseslint.config(
  { ignores: ['dist/', 'demo-dist/', 'node_modules/', 'public/mockServiceWorker.js', 'test-results/', 'playwright-report/'] },
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['scripts/**', 'test/**', 'src/**/*.test.ts', '*.config.*', 'src/sandbox/server.ts', 'src/sandbox/cli.ts'],
    rules: { 'no-console': 'off' },
  },
);
