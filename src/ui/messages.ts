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
  // team: sync, conflicts, digest, members (issue 7)
  syncNotRepository: (root: string) => `the journal at ${root} is not in a git repository, so there is nothing to sync with`,
  syncNotRepositoryHint: (root: string) => `make it one with: mindlines init ${root} (your entries stay as they are)`,
  syncInProgress: (operation: string) => `a git ${operation} is in progress in this repository; mindlines will not sync on top of it`,
  syncInProgressHint: (operation: string) => `finish it, or cancel it with \`git ${operation} --abort\`, then run mindlines sync again`,
  syncDetached: 'git is not on a branch (a detached HEAD), so mindlines does not know where to commit',
  syncDetachedHint: 'switch back to your branch, e.g. `git switch main`, then run mindlines sync again',
  syncUnresolvedCopy: (copy: string, original: string) => `${copy}: the other side's version of ${original}, from an earlier sync`,
  syncUnresolved: (count: number) =>
    `sync stopped: ${count === 1 ? 'a conflict copy from an earlier sync is' : `${count} conflict copies from an earlier sync are`} still there; nothing was committed or sent`,
  syncUnresolvedHint:
    'compare each copy with the entry beside it, keep what you want in the entry, delete the copy, then run mindlines sync again',
  syncBlocked: (findings: number, problems: number) =>
    `sync stopped before committing: ${[
      findings > 0 ? `${findings} possible patient ${findings === 1 ? 'identifier' : 'identifiers'}` : '',
      problems > 0 ? `${problems} ${problems === 1 ? 'entry that does' : 'entries that do'} not parse` : '',
    ]
      .filter(Boolean)
      .join(' and ')} in what it was about to share; nothing was committed or sent`,
  syncBlockedHint:
    'take identifiers out (or mark a reviewed false positive with <!-- mindlines:allow KIND "TEXT" -->), fix the entries listed, then run mindlines sync again',
  syncCommitted: (message: string) => `Committed: ${message.replace(/^mindlines: /, '')}.`,
  syncKeptPrivate: (count: number) => `${count} private ${count === 1 ? 'entry stays' : 'entries stay'} on this computer, as private entries always do.`,
  syncReceived: (added: number, modified: number, deleted: number, remote: string) =>
    `Received from ${remote}: ${[
      added > 0 ? `${added} new ${added === 1 ? 'entry' : 'entries'}` : '',
      modified > 0 ? `${modified} updated` : '',
      deleted > 0 ? `${deleted} removed` : '',
    ]
      .filter(Boolean)
      .join(', ') || 'changes to the journal settings'}.`,
  syncSent: (commits: number, remote: string, branch: string) =>
    `Sent ${commits} ${commits === 1 ? 'commit' : 'commits'} to ${remote} (${branch}).`,
  syncUpToDate: (remote: string, branch: string) => `Up to date with ${remote} (${branch}).`,
  syncSetAside: (path: string, to: string) => `Your own ${path} differed from the team's; it is kept at ${to} and the team's is now in use.`,
  syncStashConflict:
    'your uncommitted changes to non-entry files clashed with the team’s; git keeps them safe in its stash (see `git stash list`)',
  syncNoRemote: 'Committed here only: this repository has no remote to share with.',
  syncNoRemoteHint: 'to share the journal, add one: git remote add origin URL, then run mindlines sync',
  syncOffline: (remote: string, detail: string | undefined) =>
    `could not reach ${remote}${detail ? ` (${detail})` : ''}; your entries are committed here and the next mindlines sync will send them`,
  syncOfflineHint: 'check the network or the remote address (git remote -v), then run mindlines sync again',
  syncRejected: (remote: string, detail: string | undefined) =>
    `${remote} refused the push${detail ? `: ${detail}` : ''}; your commit is kept here and the next mindlines sync will try again`,
  syncRejectedHint: 'if the remote needs permission or protects the branch, ask whoever manages it',
  syncFailed: (detail: string | undefined) =>
    `could not bring in the team's changes${detail ? `: ${detail}` : ''}; nothing was left half-done and your commits are kept here`,
  syncFailedHint: 'move away any file the message names, then run mindlines sync again',
  syncConflictEntry: (path: string, author: string, copy: string | undefined, ours: string, theirs: string) =>
    theirs === 'removed'
      ? `${path}: ${author} removed it while you changed it; your version is kept.`
      : ours === 'removed'
        ? `${path}: you removed it while ${author} changed it; ${author}'s version is saved as ${copy ?? '?'}.`
        : `${path}: you and ${author} both changed it; yours is kept in place, ${author}'s version is saved beside it as ${copy ?? '?'}.`,
  syncConflict: (count: number) =>
    `sync stopped: ${count === 1 ? 'an entry was' : `${count} entries were`} changed on both sides; both versions are kept and nothing was sent`,
  syncConflictHint:
    'compare each pair (e.g. `git diff --no-index ENTRY COPY`), keep what you want in the entry, delete the .conflict- copy, then run mindlines sync again',
  conflictCopyProblem: (original: string) =>
    `an unresolved conflict copy of ${original}: compare the two, keep what you want in ${original}, then delete this copy`,
  digestBadFormat: (format: string, formats: readonly string[]) => `--format "${format}" is not one of ${formats.join(', ')}`,
  digestBadRange: (since: string, until: string) => `the period starts (${since}) after it ends (${until}); check --since and --until`,
  noMembers: 'No one has written in this journal yet.',
  // errors
  unexpected: 'something went wrong inside mindlines; run again with --debug to see the details',
  interrupted: 'stopped.',
} as const;
