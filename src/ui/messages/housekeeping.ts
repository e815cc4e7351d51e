/**
 * Housekeeping (issue 17): the first run, settings, unknown commands, delete / archive / history / undo, shell
 * completion, the pager.
 */
export const housekeepingMessages = {
  unknownCommand: (word: string, suggestion: string | undefined) =>
    `unknown command '${word}'.${suggestion ? ` Did you mean '${suggestion}'?` : ''}`,
  firstRun: {
    welcome: 'Welcome to mindlines. Three questions to set up your journal (Enter takes the suggestion; change any of it later with `mindlines config`).',
    name: 'Your name, as your regulator knows you',
    nameHint: 'It goes on the CPD summaries and reflective accounts you export. Enter to leave it out.',
    regulator: 'Who do you revalidate or keep CPD records with?',
    regulatorHint: 'mindlines counts your CPD against their requirements.',
    profileChoice: (id: string, name: string) => `${id.padEnd(13)} ${name}`,
    yearStart: 'When does your appraisal or CPD year start?',
    yearStartHint: 'Hours and totals are counted per year from this day.',
    yearStartChoice: (day: string, monthDay: string) =>
      `${day}${monthDay === '04-01' ? ' (the NHS appraisal year)' : monthDay === '01-01' ? ' (the calendar year)' : ''}`,
    yearStartAnother: 'Another day…',
    yearStartDay: 'Which day? (e.g. 1 September, or 09-01)',
    yearStartInvalid: (value: string) => `"${value}" is not a day of the year; try 1 September or 09-01`,
    created: (root: string, profile: string, yearStart: string, name: string | undefined) =>
      `Created your journal at ${root}: profile ${profile}, year from ${yearStart}${name ? `, for ${name}` : ''}.\n` +
      'Change these with `mindlines config set` (see them all with `mindlines config`).',
  },
  completionShell: (shell: string | undefined) => (shell ? `no completion for "${shell}"; mindlines completes bash, zsh and fish` : 'say which shell: bash, zsh or fish'),
  completionShellHint: 'e.g. eval "$(mindlines completion bash)" in ~/.bashrc; see mindlines help completion',
  unknownCommandHint: 'every command: `mindlines --help`; one command: `mindlines help COMMAND`',
  // settings: mindlines config
  unknownSetting: (key: string, suggestion: string | undefined) =>
    `there is no setting "${key}".${suggestion ? ` Did you mean "${suggestion}"?` : ''}`,
  unknownSettingHint: 'see every setting with `mindlines config list`',
  settingReadOnly: (key: string) => `"${key}" cannot be changed with \`config set\`: it decides where entries live; edit mindlines.yaml and move the files yourself`,
  settingInvalid: (key: string, value: string, expected: string) => `${key} should be ${expected}, not "${value}"`,
  settingNeeded: (key: string) => `${key} always has a value; set another with \`mindlines config set ${key} VALUE\``,
  settingsChangedMeanwhile: 'mindlines.yaml changed while mindlines was changing it; nothing was written, run the command again',
  settingSet: (key: string, value: string) => `${key} is now ${value}.`,
  settingUnchanged: (key: string, value: string) => `${key} was already ${value}; nothing changed.`,
  settingUnset: (key: string) => `${key} is no longer set.`,
  settingDefault: '(default)',
  settingNotSet: '(not set)',
  configActionUnknown: (action: string) => `config takes list, get KEY, set KEY VALUE or unset KEY, not "${action}"`,
  configNeedsKey: (action: string) => `give the setting to ${action}, e.g. mindlines config ${action} profile${action === 'set' ? ' nmc' : ''}`,
  configNeedsValue: (key: string) => `give the value, e.g. mindlines config set ${key} VALUE (quote a value with spaces)`,
  // history and undo
  historyNoRepository: 'this journal is not a git repository of its own, so it has no history; make it one with `git init` in its folder',
  historyNone: (what: string) => `No versions of ${what} in git yet.`,
  historyShowHint: (root: string, example: string) => `see a version with: git -C ${root} show ${example}`,
  historyOff: (reason: 'team' | 'off' | 'no-repository') =>
    reason === 'team'
      ? 'In a team journal, changes are committed by `mindlines sync`.'
      : reason === 'off'
        ? 'auto_commit is off, so only the commits you made yourself are listed; turn it on with `mindlines config set auto_commit true`.'
        : 'This journal is not a git repository of its own.',
  commitFailed: (reason: string) => `the change is saved, but it could not be committed to git: ${reason}`,
  commitFailedHint: 'commit it yourself with git, or run `mindlines check` if a pre-commit hook refused it',
  undoCreation: 'there is nothing to undo: the last change mindlines made created the journal',
  undoNothing: 'there is nothing to undo: the journal has no commits yet',
  undoNotOurs: (subject: string, date: string) =>
    `the last commit in the journal ("${subject}", ${date}) is not a change mindlines made, so undo leaves it alone`,
  undoNotOursHint: (root: string, commit: string) => `see the history with \`mindlines history\`; to revert that commit anyway: git -C ${root} revert ${commit}`,
  undoFailed: (reason: string) => `could not undo: ${reason}`,
  undoFailedHint: 'your own uncommitted edits may be in the way: see them with `git status` in the journal folder, commit or set them aside, and try again',
  undoShow: (subject: string, date: string) => `The last change mindlines made (${date}):\n  ${subject}`,
  undoFile: (status: string, path: string) => `    ${status.padEnd(8)} ${path}`,
  undoConfirm: 'Undo this change?',
  undoDone: (message: string) => `Done: ${message}. Run \`mindlines undo\` again to redo it.`,
  undoKept: 'Nothing was undone.',
  undoNeedsYes: 'undo asks before it changes anything, and there is no terminal to ask in',
  undoNeedsYesHint: 'add --yes to undo without asking',
  // delete and archive
  deleteShow: (title: string, id: string, path: string) => `Delete "${title}" (${id})?\n  ${path}`,
  deleteRecovery: (recovery: 'undo' | 'git' | 'none') =>
    recovery === 'undo'
      ? '  It stays in the journal\'s git history: `mindlines undo` brings it back.'
      : recovery === 'git'
        ? '  Its last committed version stays in git history.'
        : '  Git has never seen this version, so once deleted it cannot be brought back.',
  deleteConfirm: 'Delete it?',
  deleteNeedsYes: 'delete asks before it removes anything, and there is no terminal to ask in',
  deleteNeedsYesHint: 'add --yes to delete without asking',
  deleteKept: 'Nothing was deleted.',
  deleted: (title: string, id: string) => `Deleted "${title}" (${id}).`,
  deletedRecovery: (recovery: 'undo' | 'git' | 'none', root: string, path: string) =>
    recovery === 'undo'
      ? `Get it back with \`mindlines undo\` (now), or later with: git -C ${root} checkout HEAD~1 -- ${path}`
      : recovery === 'git'
        ? `Get its last committed version back with: git -C ${root} checkout HEAD -- ${path}`
        : 'It was never committed to git, so there is no copy of it.',
  archived: (title: string, id: string) => `Archived "${title}" (${id}): kept, but left out of lists and totals. See it with \`mindlines list --archived\`; bring it back with \`mindlines archive --restore ${id}\`.`,
  alreadyArchived: (title: string) => `"${title}" is already archived; nothing changed.`,
  restored: (title: string, status: string) => `Restored "${title}" (status ${status}).`,
  notArchived: (title: string) => `"${title}" is not archived`,
  archiveRestoreHint: 'see the archived entries with `mindlines list --status archived`',
} as const;
