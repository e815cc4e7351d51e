import { describeError } from './describe-error.js';

/** Entries on disk, answers files, and option values. */
export const entriesMessages = {
  entrySaved: (path: string) => `Saved ${path}`,
  symlinkRefused: 'is a symbolic link or not a regular file; mindlines only reads regular files inside the journal',
  fileTooLarge: (max: number) => `the file is larger than ${Math.round(max / 1024 / 1024)} MB; skipped`,
  pathOutsideJournal: (path: string) => `${path} is outside the journal folder`,
  writeFailed: (path: string, error: unknown) => `could not write ${path}: ${describeError(error)}; nothing was changed`,
  changedSinceRead: (path: string, copy: string) =>
    `${path} changed on disk since mindlines read it; your version was saved as ${copy} so you can compare the two`,
  skippedProblems: (count: number) => `${count} ${count === 1 ? 'file was' : 'files were'} skipped because ${count === 1 ? 'it does' : 'they do'} not parse; fix ${count === 1 ? 'it' : 'them'} and run the command again.`,
  noEntries: 'No entries match.',
  noEntriesYet: 'No entries yet.',
  answersFromTerminal: 'reading answers from standard input, but it is a terminal',
  answersFromTerminalHint: 'pipe the answers in (mindlines new --answers - < answers.yaml) or give a file',
  answersNotMap: (source: string) => `${source}: the answers should be a map of \`key: value\` (YAML or JSON)`,
  // issue 17: every unknown key at once, with its line and a suggestion
  answersUnknownKeys: (source: string, keys: { key: string; line: number | undefined; suggestion: string | undefined }[]) => {
    const one = (k: (typeof keys)[number]) =>
      `${k.line !== undefined ? `line ${k.line}: ` : ''}unknown answer \`${k.key}\`${k.suggestion ? ` (did you mean \`${k.suggestion}\`?)` : ''}`;
    const [only] = keys;
    if (keys.length === 1 && only) return `${source}${only.line !== undefined ? `:${only.line}` : ''}: ${one({ ...only, line: undefined })}; nothing was written`;
    return `${source}: ${keys.length} unknown answers; nothing was written\n${keys.map((k) => `  ${one(k)}`).join('\n')}`;
  },
  answersKnownKeys: (template: string, keys: string[]) => `the ${template} template takes: ${keys.join(', ')}`,
  answersUnreadable: (source: string, error: unknown) => `could not read the answers file ${source}: ${describeError(error)}`,
  newNeedsAnswers: 'the interactive interview needs a terminal, and this is not one',
  newNeedsAnswersHint: 'give the answers as YAML or JSON instead: mindlines new --answers answers.yaml (or --answers - to read stdin)',
  templateNotFound: (id: string, known: string[]) => `no template called "${id}"; the templates are ${known.join(', ')}`,
  badDate: (option: string, value: string) => `${option} "${value}" is not a date mindlines understands; try 2026-04-01, "last month" or "2 weeks ago"`,
  badNumber: (option: string, value: string) => `${option} "${value}" should be a whole number greater than 0`,
} as const;
