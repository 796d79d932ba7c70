import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';

export default tseslint.config(
  { ignores: ['dist/', 'demo-dist/', 'examples-dist/', 'node_modules/', 'public/mockServiceWorker.js', 'test-results/', 'playwright-report/'] },
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
    files: ['scripts/**', 'bin/**', 'test/**', 'src/**/*.test.ts', '*.config.*', 'src/sandbox/server.ts', 'src/sandbox/cli.ts'],
    rules: { 'no-console': 'off' },
  },
  // The secure fields' trust boundary in the layout: code that runs in the frames (and holds card data) imports no
  // page code, and page code imports nothing from the frames; what both need sits in src/secure-fields/shared/.
  {
    files: ['src/secure-fields/frame/**'],
    ignores: ['src/**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/page/*', '**/elements/**', '**/core/**', '**/checkout/**', '**/sandbox/**'], message: 'Frame code runs on the frame origin: it must not import page code.' }] },
      ],
    },
  },
  {
    files: ['src/**'],
    ignores: ['src/secure-fields/frame/**', 'src/**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/secure-fields/frame/**', './frame/*', '../frame/*'], message: 'The card data lives in the frames: page code must not import src/secure-fields/frame/.' }] },
      ],
    },
  },
);
