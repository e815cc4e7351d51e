import type { FilterOptions } from '../commands/list.js';
import type { GlobalOptions, Runtime } from '../container.js';

/**
 * The lean read path: `search`, `list` and `show` in their everyday forms are parsed here, in a few lines, so they
 * load no command framework (commander and the whole program's declarations are most of what a warm search would
 * otherwise load). Anything this does not recognise exactly (help, an unknown or repeated option, a bad choice, a
 * value starting with a dash, `--`) returns undefined and goes to commander, which gives the same result or the
 * error; a test holds the two parsers to the same answers.
 */

export type ReadCommand =
  | { command: 'search'; globals: GlobalOptions; options: FilterOptions; words: string[] }
  | { command: 'list'; globals: GlobalOptions; options: FilterOptions }
  | { command: 'show'; globals: GlobalOptions; ref: string };

const GLOBAL_FLAGS: Record<string, keyof GlobalOptions> = { '--json': 'json', '-q': 'quiet', '--quiet': 'quiet', '--debug': 'debug' };
const FILTER_VALUES = ['since', 'until', 'activity', 'template', 'author', 'limit'] as const;
const FILTER_CHOICES: Record<string, readonly string[]> = {
  visibility: ['private', 'team', 'public'],
  status: ['draft', 'complete'],
  sort: ['date', 'hours', 'title'],
  format: ['table', 'json', 'paths'],
};

/** The command and options in `args` (argv without node and the script), or undefined for commander to parse. */
export function parseReadCommand(args: readonly string[]): ReadCommand | undefined {
  const globals: GlobalOptions = { color: true };
  const options: Record<string, string | string[]> = {};
  const positionals: string[] = [];
  let command: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (!arg.startsWith('-') || arg === '-') {
      if (command === undefined) command = arg;
      else positionals.push(arg);
      continue;
    }
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq < 0 ? arg : arg.slice(0, eq);
    const value = () => {
      if (eq >= 0) return arg.slice(eq + 1);
      const next = args[i + 1];
      if (next === undefined || next.startsWith('-')) return undefined;
      i++;
      return next;
    };
    const flag = GLOBAL_FLAGS[name];
    if (flag && eq < 0) {
      globals[flag] = true as never;
      continue;
    }
    if (name === '--no-color' && eq < 0) {
      globals.color = false;
      continue;
    }
    if (name === '--journal') {
      const dir = value();
      if (dir === undefined || globals.journal !== undefined) return undefined;
      globals.journal = dir;
      continue;
    }
    if (command === undefined || command === 'show' || !name.startsWith('--')) return undefined;
    const key = name.slice(2);
    if (key === 'tag') {
      const tag = value();
      if (tag === undefined) return undefined;
      options.tag = [...((options.tag as string[] | undefined) ?? []), tag];
      continue;
    }
    const choices = FILTER_CHOICES[key];
    if (!choices && !(FILTER_VALUES as readonly string[]).includes(key)) return undefined;
    const given = value();
    if (given === undefined || key in options || (choices && !choices.includes(given))) return undefined;
    options[key] = given;
  }
  if (command === 'search' && positionals.length > 0) return { command, globals, options: options as FilterOptions, words: positionals };
  if ((command === 'list' || command === 'ls') && positionals.length === 0) return { command: 'list', globals, options: options as FilterOptions };
  if (command === 'show' && positionals.length === 1) return { command, globals, ref: positionals[0] as string };
  return undefined;
}

/** A search's words as one query: an argument holding a space was quoted in the shell, so it is a phrase. */
export function queryOf(words: readonly string[]): string {
  return words.map((word) => (/\s/.test(word.trim()) && !word.includes('"') ? `"${word}"` : word)).join(' ');
}

/** Runs a command the lean path parsed: the same command modules and context commander's actions use. */
export async function runReadCommand(parsed: ReadCommand, runtime: Runtime): Promise<void> {
  const { openContext, createUi } = await import('../container.js');
  const context = () => openContext(runtime, parsed.globals, createUi(runtime, parsed.globals));
  if (parsed.command === 'search') {
    const { runSearch } = await import('../commands/search.js');
    await runSearch({ ...parsed.options, query: queryOf(parsed.words) }, await context());
  } else if (parsed.command === 'list') {
    const { runList } = await import('../commands/list.js');
    await runList(parsed.options, await context());
  } else {
    const { runShow } = await import('../commands/show.js');
    await runShow({ ref: parsed.ref }, await context());
  }
}
