import type { Command, Option } from 'commander';

/**
 * What Tab should offer (issue 17: `mindlines completion bash|zsh|fish`). The shell scripts pass the words typed so
 * far to `mindlines __complete`; this walks them through the commander declarations, so completion always knows
 * exactly the commands and options `--help` shows, and names the journal data an answer needs.
 */

/** Journal data a completion needs: looked up only then, in the journal the words name (or the usual one). */
export type CompletionSource = 'templates' | 'profiles' | 'tags' | 'ids' | 'settings' | 'commands';

export interface Candidate {
  value: string;
  description?: string | undefined;
}

export interface CompletionNeed {
  values: Candidate[];
  source?: CompletionSource | undefined;
  /** `--journal DIR` (or MINDLINES_DIR's journal when absent) for the data. */
  journal?: string | undefined;
}

/** Values of an option's argument, by its long name, when commander declares no choices. */
const OPTION_SOURCES: Record<string, CompletionSource> = { '--template': 'templates', '--profile': 'profiles', '--tag': 'tags' };
const OPTION_VALUES: Record<string, string[]> = {
  '--since': ['today', 'yesterday', 'last week', 'last month', 'last year'],
  '--until': ['today', 'yesterday'],
  '--format': ['md', 'html', 'json', 'csv', 'docx'],
  '--site': ['jekyll', 'hugo', 'plain'],
};

const words = (...values: string[]): Candidate[] => values.map((value) => ({ value }));

/** What a command's n-th argument (after its subcommand, if any) may be. */
function positional(path: string, index: number, before: readonly string[]): Omit<CompletionNeed, 'journal'> {
  const ids = { values: [], source: 'ids' as const };
  switch (path) {
    case 'show':
    case 'edit':
    case 'reflect':
    case 'delete':
    case 'archive':
    case 'history':
    case 'export blog':
      return path === 'export blog' || index === 0 ? ids : { values: [] };
    case 'visibility':
      return index === 0 ? ids : index === 1 ? { values: words('private', 'team', 'public') } : { values: [] };
    case 'templates':
      return index === 0 ? { values: words('list', 'show', 'validate') } : index === 1 && before.includes('show') ? { values: [], source: 'templates' } : { values: [] };
    case 'drafts':
      return index === 0 ? { values: words('list', 'discard') } : { values: [] };
    case 'hooks':
      return index === 0 ? { values: words('install', 'uninstall') } : { values: [] };
    case 'completion':
      return index === 0 ? { values: words('bash', 'zsh', 'fish') } : { values: [] };
    case 'help':
      return index === 0 ? { values: [], source: 'commands' } : { values: [] };
    case 'config': {
      if (index === 0) return { values: words('list', 'get', 'set', 'unset') };
      if (index === 1 && ['get', 'set', 'unset'].some((w) => before.includes(w))) return { values: [], source: 'settings' };
      if (index === 2 && before.includes('set')) return settingValues(before[before.length - 1] ?? '');
      return { values: [] };
    }
    default:
      return { values: [] };
  }
}

/** The values a setting may take, after `config set KEY`. */
function settingValues(key: string): Omit<CompletionNeed, 'journal'> {
  switch (key) {
    case 'profile':
      return { values: [], source: 'profiles' };
    case 'defaults.template':
      return { values: [], source: 'templates' };
    case 'year_start':
      return { values: words('04-01', '01-01') };
    case 'auto_commit':
      return { values: words('true', 'false') };
    case 'defaults.visibility':
      return { values: words('private', 'team', 'public') };
    case 'editor':
      return { values: words('nano', 'vim', 'emacs', '"code --wait"') };
    default:
      return { values: [] };
  }
}

function optionsOf(command: Command): Option[] {
  const own = command.options as Option[];
  return command.parent ? [...own, ...optionsOf(command.parent)] : own;
}

function findOption(command: Command, flag: string): Option | undefined {
  return optionsOf(command).find((o) => o.long === flag || o.short === flag || (o.negate && o.long === flag));
}

const takesValue = (option: Option) => option.required || option.optional;

/** What to offer for the last of `typed` (the word under the cursor, '' when the cursor follows a space). */
export function completionNeed(program: Command, typed: readonly string[]): CompletionNeed {
  const current = typed[typed.length - 1] ?? '';
  const before = typed.slice(0, -1);
  let command = program;
  let path: string[] = [];
  let index = 0;
  let pending: Option | undefined;
  let journal: string | undefined;
  const operands: string[] = [];
  for (const word of before) {
    if (pending) {
      if (pending.long === '--journal') journal = word;
      pending = undefined;
      continue;
    }
    if (word.startsWith('-')) {
      const [flag, inline] = word.split('=', 2);
      const option = findOption(command, flag ?? word);
      if (option?.long === '--journal' && inline !== undefined) journal = inline;
      if (option && takesValue(option) && inline === undefined && option.required) pending = option;
      continue;
    }
    const sub = command.commands.find((c) => c.name() === word || c.aliases().includes(word));
    if (sub && index === 0) {
      command = sub;
      path = [...path, sub.name()];
      continue;
    }
    if (path.length === 0 && word === 'help') {
      path = ['help'];
      continue;
    }
    operands.push(word);
    index++;
  }
  const need = (values: Candidate[], source?: CompletionSource): CompletionNeed => ({ values, source, journal });
  if (pending) {
    if (pending.argChoices) return need(words(...pending.argChoices));
    const source = OPTION_SOURCES[pending.long ?? ''];
    return need(source ? [] : words(...(OPTION_VALUES[pending.long ?? ''] ?? [])), source);
  }
  if (current.startsWith('-')) {
    const flags = optionsOf(command).filter((o) => !o.hidden && o.long);
    return need(flags.map((o) => ({ value: o.long as string, description: o.description })));
  }
  const subcommands = command.commands.filter((c) => !(c as Command & { _hidden?: boolean })._hidden);
  if (subcommands.length > 0 && index === 0 && path[0] !== 'help') {
    const list = subcommands.map((c) => ({ value: c.name(), description: c.description().split(/[.:]\s/)[0] }));
    return need(command === program ? [...list, { value: 'help', description: 'show the help of a command' }] : list);
  }
  const found = positional(path.join(' '), index, operands);
  return { ...found, journal };
}
