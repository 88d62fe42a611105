import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'coverage/', 'node_modules/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-namespace': 'off',
    },
  },
  {
    // Dependencies point inward: the domain knows nothing of ports, adapters, use cases or the emulator.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/ports/**', '**/sheets/**', '**/apps-script/**', '**/app/**', '**/dto/**', '**/dev/**'], message: 'The domain is pure: adapters depend on it, never the reverse.' }] },
      ],
    },
  },
  {
    // Ports are interfaces in domain terms: they may name domain types, nothing else.
    files: ['src/ports/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/sheets/**', '**/apps-script/**', '**/app/**', '**/dev/**'], message: 'Ports depend on the domain only.' }] }],
    },
  },
  {
    // The emulator stands for Google: it borrows nothing from the product (the preview may; the emulator may not).
    files: ['dev/emulator/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '(^|/)src/', message: 'The emulator stands alone: no imports from src/.' }] }],
    },
  },
  {
    // The sidebar bundle runs in the browser: it shares only the JSON-safe DTO types with the server.
    files: ['sidebar/**/*.ts', 'sidebar/**/*.tsx'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '^\\.\\./src/(?!dto/)', message: 'The sidebar may import src/dto types only.' }] }],
    },
  },
  {
    // The domain is pure: no clock reads, no Apps Script. Time and time zone are arguments.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Pass today in; no clock reads in the domain.' },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'Pass today in; no clock reads in the domain.' },
      ],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', module: 'writable', require: 'readonly', Buffer: 'readonly' } },
  },
);
