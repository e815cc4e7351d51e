/** Team journals: sync, conflicts, the digest and members (issue 7). */
export const teamMessages = {
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
  syncReceived: (added: number, modified: number, deleted: number, remote: string, renamed = 0) =>
    `Received from ${remote}: ${[
      added > 0 ? `${added} new ${added === 1 ? 'entry' : 'entries'}` : '',
      modified > 0 ? `${modified} updated` : '',
      renamed > 0 ? `${renamed} renamed` : '',
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
} as const;
