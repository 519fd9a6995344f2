import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { HOST_FREE, floorRules } from './scripts/core-floors.js';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'artifacts/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Unused arguments named _x document an interface shape.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['core/**/*.ts'],
    // The core runs unchanged in browsers, Node and Apps Script.
    rules: { 'no-restricted-imports': ['error', { patterns: HOST_FREE }] },
  },
  // Core's floors point down, and everything outside core enters through core/index.ts.
  ...floorRules(),
  {
    files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
