// ESLint (flat config): the recommended rules of ESLint, typescript-eslint and eslint-plugin-svelte.
// Formatting is Prettier's job (npm run format), so no stylistic rules here.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default defineConfig(
  { ignores: ['dist/', 'public/data/', 'test-results/', 'bench/results/'] },
  js.configs.recommended,
  ts.configs.recommended,
  svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // A leading underscore marks a parameter or element that is there for its position only.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      // Vitest fixtures that need no other fixture are written ({}, use) => ...
      'no-empty-pattern': ['error', { allowObjectPatternsAsParameters: true }],
      // Off: the Maps and Sets it flags are built and read inside one function or $derived, never kept
      // as mutable state, so SvelteMap/SvelteSet would only add proxies.
      'svelte/prefer-svelte-reactivity': 'off',
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'], svelteConfig } },
  },
);
