// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Only adapters may touch these technologies (STYLE.md "Layout"). */
const adapterOnly = ['@inquirer/prompts', '@inquirer/*', 'lowdb', 'lowdb/*', 'marked-terminal', 'node:child_process', 'child_process', 'proper-lockfile'];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'test-artifacts/', '.bench/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'error',
    },
  },
  {
    files: ['src/core/**/*.ts', 'src/codecs/**/*.ts', 'src/exporters/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'node:fs', message: 'core, codecs and exporters do no I/O: go through a port in core/ports.ts.' },
            { name: 'fs', message: 'core, codecs and exporters do no I/O: go through a port in core/ports.ts.' },
            { name: 'node:fs/promises', message: 'core, codecs and exporters do no I/O: go through a port.' },
            { name: 'chalk', message: 'colour belongs to ui/.' },
          ],
          patterns: [
            { group: adapterOnly, message: 'only src/adapters may import this technology.' },
            { group: ['**/adapters/*', '**/commands/*', '**/ui/*', '**/app/*', '**/container.js', '**/program.js', '**/config/*'], message: 'imports point inward: core and codecs import nothing outside themselves (and errors.ts).' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/commands/**/*.ts', 'src/ui/**/*.ts', 'src/config/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: adapterOnly, message: 'only src/adapters may import this technology; use a port.' }] }],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/ui/**', 'src/cli.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'exit', message: 'only cli.ts ends the process; throw a typed error.' },
        { object: 'process', property: 'stdout', message: 'write through the Ui (ui/output.ts).' },
        { object: 'process', property: 'stderr', message: 'write through the Ui (ui/output.ts).' },
      ],
    },
  },
  {
    files: ['test/**/*.ts', 'scripts/**/*'],
    rules: { 'no-console': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
