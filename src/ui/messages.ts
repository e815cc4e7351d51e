/**
 * Every sentence mindlines says to a user, in one place (as jrnl does), so wording stays consistent and can be
 * reviewed together. Functions take the variable parts.
 */
const describeError = (error: unknown): string => {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOSPC':
      return 'the disk is full';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EROFS':
      return 'the filesystem is read-only';
    case 'EEXIST':
      return 'a file with that name already exists';
    case 'ENOENT':
      return 'the folder does not exist';
    default:
      return code ? `${code.toLowerCase()}` : error instanceof Error ? error.message : String(error);
  }
};

export const messages = {
  describeError,
  // journal discovery and init
  defaultJournalCreated: (root: string) => `Created your journal at ${root} (a git repository). Use --journal DIR or MINDLINES_DIR to use another.`,
  journalMissing: (root: string) => `no mindlines journal at ${root} (no mindlines.yaml there)`,
  journalMissingHint: (root: string) => `create one with: mindlines init ${root}`,
  initCreated: (root: string, mode: string) => `Created a ${mode} journal at ${root}.`,
  initGit: 'Initialised a git repository for it.',
  initUnchanged: (root: string) => `${root} is already a mindlines journal; nothing changed.`,
  initRepaired: (root: string, made: string[]) => `${root} is already a mindlines journal; added what was missing: ${made.join(', ')}.`,
  initNext: 'Next: write a reflection with `mindlines new`, or capture one non-interactively with `mindlines new --answers FILE`.',
  initModeMismatch: (existing: string) => `this journal is already in ${existing} mode; change \`mode:\` in mindlines.yaml to switch`,
  // entries
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
  // answers
  answersFromTerminal: 'reading answers from standard input, but it is a terminal',
  answersFromTerminalHint: 'pipe the answers in (mindlines new --answers - < answers.yaml) or give a file',
  answersNotMap: (source: string) => `${source}: the answers should be a map of \`key: value\` (YAML or JSON)`,
  answersUnreadable: (source: string, error: unknown) => `could not read the answers file ${source}: ${describeError(error)}`,
  newNeedsAnswers: 'the interactive interview needs a terminal',
  newNeedsAnswersHint: 'give the answers as YAML or JSON instead: mindlines new --answers answers.yaml (or --answers - to read stdin)',
  templateNotFound: (id: string, known: string[]) => `no template called "${id}"; the templates are ${known.join(', ')}`,
  // options
  badDate: (option: string, value: string) => `${option} "${value}" is not a date mindlines understands; try 2026-04-01, "last month" or "2 weeks ago"`,
  badNumber: (option: string, value: string) => `${option} "${value}" should be a whole number greater than 0`,
  // status
  statusTitle: (name: string) => `mindlines: ${name}`,
  statusTry: [
    'mindlines new --answers answers.yaml   write a reflection from a YAML or JSON file',
    'mindlines list                         your entries, newest first',
    'mindlines show ID                      read one entry',
    'mindlines --help                       every command, with examples',
  ],
  // closing the loop: actions, review, beliefs, links (issue 8)
  noActions: 'No actions match.',
  actionDone: (ref: string, text: string) => `Marked ${ref} done: ${text}`,
  actionAlreadyDone: (ref: string, when: string) => `${ref} was already marked done${when ? ` on ${when}` : ''}; nothing changed.`,
  actionsFilterConflict: 'choose one of --open, --done and --overdue',
  nothingDue: 'Nothing is due for review.',
  dueCount: (count: number) => `${count} ${count === 1 ? 'item is' : 'items are'} due for review.`,
  reviewNeedsTerminal: 'review asks its questions in a terminal, and there is none here',
  reviewNeedsTerminalHint: 'see what is due with: mindlines review --list (or --list --json); mark an action done with: mindlines actions done ENTRY#N',
  noBeliefs: 'No beliefs recorded yet. The constructivist template asks for one: the belief before, how firmly it was held, and what happened to it.',
  ledgerAccommodation: (count: number) =>
    `Held firmly, then challenged or changed (${count}): the reflections that show your thinking moved`,
  ledgerOthers: 'Other beliefs',
  ledgerNoFirmness: 'firmness not recorded',
  ledgerSpan: (points: number, from: string, to: string) => (points > 1 ? `${points} points, ${from} to ${to}` : from),
  ledgerNow: 'now:',
  ledgerMovedBy: 'moved by:',
  linksBuildsOn: 'builds on:',
  linksBuiltOnBy: 'built on by:',
  linkMissing: '(not in this journal)',
  // errors
  unexpected: 'something went wrong inside mindlines; run again with --debug to see the details',
  interrupted: 'stopped.',
} as const;
