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
  // evidence for appraisal: export cpd, export blog, stats (issue 6)
  profileNotFound: (id: string, known: string[]) => `no profile called "${id}"; the profiles are ${known.join(', ')}`,
  badFormat: (option: string, value: string, known: readonly string[]) => `${option} "${value}" is not a format mindlines writes; choose ${known.join(', ')}`,
  badSite: (value: string, known: readonly string[]) => `--site "${value}" should be one of ${known.join(', ')}`,
  periodBackwards: (from: string, to: string) => `--from ${from} is after --to ${to}`,
  binaryToTerminal: (format: string) => `a ${format} file is binary and would garble the terminal`,
  binaryToTerminalHint: (format: string) => `write it to a file: -o summary.${format}`,
  outputInsideEntries: (file: string) => `${file} is inside the journal's entries; an export never writes over entries`,
  exportWritten: (what: string, file: string, count: number) => `Wrote ${what} of ${count} ${count === 1 ? 'entry' : 'entries'} to ${file}`,
  cpdWhat: (format: string) => `the ${format} CPD summary`,
  blogWhat: (format: string) => `the ${format} blog draft`,
  noEntriesInPeriod: (from: string, to: string) => `no entries between ${from} and ${to}; the summary lists the requirements with nothing counted yet`,
  blogNeedsIds: 'give the id of at least one entry to turn into a blog draft',
  blogPrivate: (entries: string[]) =>
    `${entries.length === 1 ? 'this entry is' : 'these entries are'} not shared (visibility is not team or public): ${entries.join(', ')}`,
  blogPrivateHint: 'set `visibility: public` (or team) in the entry once it is safe to share, or add --include-private',
  findingsRefused: (count: number, what: string) =>
    `refusing to write ${what}: ${count} possible ${count === 1 ? 'identifier was' : 'identifiers were'} found in what it would include`,
  findingsRefusedHint:
    'remove them from the entries (or mark a reviewed false positive with <!-- mindlines:allow KIND "TEXT" --> or privacy.allow in mindlines.yaml), then run the export again; --allow-findings writes anyway',
  findingsAllowed: (count: number) =>
    `--allow-findings: writing although ${count} possible ${count === 1 ? 'identifier was' : 'identifiers were'} found; check the output before you share it`,
  finding: (file: string, line: number, column: number, kind: string) => `${file}:${line}:${column} ${kind}`,
  statsEmpty: (from: string, to: string) => `No entries between ${from} and ${to}.`,
  statsHeadings: {
    months: 'Hours per month',
    activities: 'Activity mix (hours)',
    categories: 'Categories (hours)',
    learnedWith: 'Learned with (entries)',
    progress: 'Progress against the requirements',
    tags: 'Tags most written about',
  },
  statsNoActivity: '(no activity)',
  statsTotals: (entries: number, hours: string, participatory: string, credits: string | undefined) =>
    `${entries} ${entries === 1 ? 'entry' : 'entries'}, ${hours} hours (${participatory} participatory)${credits === undefined ? '' : `, ${credits} credits`}`,
  // privacy guard: check, hooks, visibility (issue 5)
  checkFound: (findings: number, problems: number, files: number) =>
    [
      findings > 0 ? `${findings} possible ${findings === 1 ? 'identifier' : 'identifiers'}` : '',
      problems > 0 ? `${problems} ${problems === 1 ? 'problem' : 'problems'}` : '',
    ]
      .filter(Boolean)
      .join(' and ') + ` in ${files} ${files === 1 ? 'file' : 'files'}`,
  checkFoundHint:
    'Remove or generalise each one (a reflection holds learning, not patient details). If one is not an identifier, ' +
    'mark it where it is with <!-- mindlines:allow KIND "TEXT" --> or list it under privacy.allow in mindlines.yaml.',
  checkClean: (files: number, staged: boolean) =>
    `No identifiers or problems found in ${files} ${staged ? 'staged ' : ''}${files === 1 ? 'file' : 'files'}.`,
  checkStagedWithPaths: '--staged checks what is staged in git; give either --staged or paths, not both',
  checkNotInGit: (dir: string) => `${dir} is not in a git repository, so nothing can be staged`,
  checkNoJournalHint: 'give the files or folders to check (mindlines check draft.md), or --journal DIR',
  privateStaged: 'a private entry is staged for commit; unstage it with `git restore --staged` (private/ is never shared)',
  hooksInstalled: (hook: string) => `Installed the pre-commit hook ${hook}: every commit is checked for identifiers first.`,
  hooksChained: (previous: string) => `Your existing pre-commit hook was kept as ${previous} and still runs first.`,
  hooksUpdated: (hook: string) => `Updated the mindlines pre-commit hook ${hook}.`,
  hooksUninstalled: (hook: string) => `Removed the mindlines pre-commit hook ${hook}.`,
  hooksRestored: (hook: string) => `Restored your earlier pre-commit hook ${hook}.`,
  hooksNotInstalled: 'The mindlines pre-commit hook is not installed; nothing changed.',
  hooksForeign: (hook: string) => `${hook} was not written by mindlines; left as it is`,
  hooksRefused:
    'mindlines: commit refused. Remove the identifiers listed above (or fix the files), stage again and commit; ' +
    'if you have checked that a finding is not an identifier, mark it as allowed, or commit with --no-verify.',
  visibilityUnchanged: (path: string, visibility: string) => `${path} is already ${visibility}; nothing changed.`,
  visibilityChanged: (path: string, visibility: string) => `${path} is now ${visibility}.`,
  visibilityMoved: (from: string, to: string) => `Moved ${from} to ${to}.`,
  visibilityWasCommitted: (path: string) =>
    `${path} had been committed to git before; it is private from now on, but its earlier versions stay in the git history.`,
  visibilityIdentifiers: (count: number) =>
    `It holds ${count} possible ${count === 1 ? 'identifier' : 'identifiers'}; run \`mindlines check\` before you share it.`,
  // errors
  unexpected: 'something went wrong inside mindlines; run again with --debug to see the details',
  interrupted: 'stopped.',
} as const;
