/** `--help` texts of the housekeeping commands (issue 17): config, delete, archive, history, undo, completion. */
export const housekeepingHelp = {
  config: 'See and change the journal’s settings (mindlines.yaml): profile, year start, your name and registration number, editor, default template.',
  configAfter: `
Examples:
  $ mindlines config                                   every setting, and whether it is the default
  $ mindlines config set profile nmc                   count CPD against the NMC's requirements
  $ mindlines config set year_start "1 April"          your appraisal or CPD year starts on 1 April (04-01)
  $ mindlines config set registrant.name "Sam Nurse"   your name on exported documents
  $ mindlines config set registrant.registration_number 12A3456E
  $ mindlines config set editor nano                   the editor for long answers and \`mindlines edit\`
  $ mindlines config set defaults.template driscoll    the template \`mindlines new\` offers first
  $ mindlines config set auto_commit false             stop committing each change to git
  $ mindlines config get profile
  $ mindlines config unset editor

Settings: name, profile, year_start, cycle_start, registrant.name, registrant.registration_number, author,
editor, defaults.template, defaults.visibility, defaults.activity, auto_commit (mode is shown, not set).
A profile or template must exist; a wrong value changes nothing (exit 2). In a personal journal each change
is committed to git, so \`mindlines undo\` can take it back.`,
  delete: 'Delete an entry, after asking. It stays in git history, and the message says how to get it back.',
  deleteAfter: `
Examples:
  $ mindlines delete 7f3k              shows the entry and asks first
  $ mindlines delete 7f3k --yes        without asking (scripts)
  $ mindlines undo                     brings it back

In a personal journal the entry is committed before it goes (if git did not have this version yet), so it
can always be brought back with \`mindlines undo\` or git; its attached files go with it and come back with it.
Without a terminal, delete needs --yes.`,
  archive: 'Archive an entry: kept, but left out of lists, searches and totals unless asked for; --restore brings it back.',
  archiveAfter: `
Examples:
  $ mindlines archive 7f3k
  $ mindlines list --archived                  every entry, the archived ones too
  $ mindlines list --status archived           only the archived ones
  $ mindlines archive --restore 7f3k           a quick note comes back as a draft, anything else as complete

An archived entry has \`status: archived\` in its front matter; show, edit and history still find it.`,
  history: 'The versions of an entry in git (newest first), or without an id the journal’s latest changes.',
  historyAfter: `
Examples:
  $ mindlines history 7f3k
  $ mindlines history                  the last 20 changes to the journal
  $ mindlines history 7f3k --json      { commit, date, subject, by_mindlines } for each version

In a personal journal each change mindlines makes is committed ("mindlines: add "Spacer technique" (7f3k)"),
unless auto_commit is false. See an old version with git show COMMIT:PATH, as the hint under the list says.`,
  undo: 'Undo the last change mindlines made to the journal (after showing it), with a commit of its own.',
  undoAfter: `
Examples:
  $ mindlines undo                     shows the change and the files it touched, then asks
  $ mindlines undo --yes               without asking
  $ mindlines undo                     run again: redoes what the last undo undid

Only a change mindlines committed itself is undone: if the last commit is someone else's, undo says so and
changes nothing. Your own uncommitted edits to the same files stop it (exit 1) rather than being lost.`,
  completion: 'Print a shell completion script (bash, zsh or fish) for commands, options, templates, profiles, tags and ids.',
  completionAfter: `
Install:
  bash  $ echo 'eval "$(mindlines completion bash)"' >> ~/.bashrc
  zsh   $ echo 'eval "$(mindlines completion zsh)"' >> ~/.zshrc
  fish  $ mindlines completion fish > ~/.config/fish/completions/mindlines.fish

Then open a new terminal: Tab completes commands and options, and the values that belong to them:
templates after --template, profiles after --profile, tags after --tag, and the short ids of your entries
after show, edit, reflect, delete, archive and history.`,
  options: {
    yesDelete: 'delete without asking',
    yesUndo: 'undo without asking',
    restore: 'bring an archived entry back',
    historyLimit: 'at most this many versions',
    configValue: 'the new value (words are joined with spaces)',
  },
} as const;
