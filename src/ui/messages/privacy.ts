/** The privacy guard: check, hooks, visibility, and what exports say about identifiers (issue 5). */
export const privacyMessages = {
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
} as const;
