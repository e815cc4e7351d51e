// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Only adapters may touch these technologies (STYLE.md "Layout"). */
/** `node:fs` in any of its names, refused with a reason. */
const noFs = (why) => ['node:fs', 'fs', 'node:fs/promises', 'fs/promises'].map((name) => ({ name, message: `${why}; only adapters touch the filesystem.` }));

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
            ...noFs('core, codecs and exporters do no I/O: go through a port in core/'),
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
    // Commands parse options, call a use-case in app/ and hand its result to ui/: they reach the world through
    // the ports in their Context, never an adapter or the filesystem (STYLE.md "Layout": commands -> app -> core).
    files: ['src/commands/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: noFs('commands reach files through ports (ctx.files, ctx.entryFiles, ctx.writer)'),
          patterns: [
            { group: adapterOnly, message: 'only src/adapters may import this technology; use a port.' },
            { group: ['**/adapters/*'], message: 'commands do not build adapters: use the ports in the Context (container.ts wires them).' },
            { group: ['**/program.js', '**/program/*'], message: 'commands are called by program.ts, not the other way round.' },
          ],
        },
      ],
    },
  },
  {
    // Use-cases are written against ports and never print: they return results for commands (and the library) to
    // show. The message catalogue is the one part of ui/ they use, for the words of the errors they throw.
    files: ['src/app/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...noFs('use-cases reach files through ports'), { name: 'chalk', message: 'colour belongs to ui/.' }],
          patterns: [
            { group: adapterOnly, message: 'only src/adapters may import this technology; use a port.' },
            { group: ['**/adapters/*'], message: 'use-cases are written against ports (core), never adapters.' },
            { group: ['**/commands/*', '**/program.js', '**/program/*', '**/container.js', '**/cli.js'], message: 'imports point inward: app is called by commands and the library, it does not call them.' },
            { group: ['**/ui/*', '!**/ui/messages.js', '!**/ui/messages/*'], message: 'use-cases never print: return a result and let the command hand it to ui/.' },
          ],
        },
      ],
    },
  },
  {
    // no-restricted-imports does not see `await import(…)`: lazy imports of adapters or fs are refused here too.
    files: ['src/commands/**/*.ts', 'src/app/**/*.ts', 'src/index.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'ImportExpression[source.value=/(^|\\/)adapters\\//]', message: 'reach adapters through the ports container.ts wires, not a lazy import.' },
        { selector: 'ImportExpression[source.value=/^(node:)?fs(\\/promises)?$/]', message: 'only adapters touch the filesystem.' },
      ],
    },
  },
  {
    // The library calls use-cases (app/) and opens journals through the composition root; never a command.
    files: ['src/index.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: noFs('the library reaches files through ports'),
          patterns: [{ group: ['**/commands/*', '**/adapters/*', '**/program.js', '**/ui/*', '!**/ui/messages.js'], message: 'the library calls app/ (and container.ts to open a journal), never commands or adapters.' }],
        },
      ],
    },
  },
  {
    files: ['src/ui/**/*.ts', 'src/config/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: adapterOnly, message: 'only src/adapters may import this technology; use a port.' },
            { group: ['**/adapters/*', '**/commands/*'], message: 'ui/ and config/ are used by commands; they do not reach adapters or commands.' },
          ],
        },
      ],
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
