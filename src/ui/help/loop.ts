/** Closing the loop (issue 8): actions, review, beliefs. */
export const loopHelp = {
  actions: 'List every action across entries (text, due date, entry, age); `actions done ENTRY#N` marks one done.',
  actionsAfter: `
Examples:
  $ mindlines actions                     every action: open and overdue first, then done
  $ mindlines actions --overdue           open actions past their due date
  $ mindlines actions --open --json       open actions as JSON (ref, text, due, status, age_days, entry)
  $ mindlines actions done 7f3k#1 --note "checked at every review since"

An action is named ENTRY#N: the entry's short id (or id, or path), #, and the action's number in that entry.`,
  actionsDoneCommand: 'Mark an action done: records today\'s date (and a note) in the entry\'s front matter, changing nothing else.',
  actionsDoneAfter: `
Examples:
  $ mindlines actions done 7f3k#1
  $ mindlines actions done 01JD3F6Q#2 --note "new leaflet in every room" --json

Only the entry's \`actions\` (and \`updated\`) change; comments, unknown keys and the body stay byte for byte.`,
  review: 'Spaced review: each open action and belief comes back at growing intervals until it is settled.',
  reviewAfter: `
Examples:
  $ mindlines review                      in a terminal: did you do it? how firmly do you hold it now?
  $ mindlines review --list               what is due today, without asking anything
  $ MINDLINES_NOW=2027-01-15 mindlines review --list --json

An item first comes up on its action's due date, or a week after its entry. Each review moves it along
1 week, 1 month, 3 months, 6 months: "it stuck" (done, under way, held as firmly) lengthens the interval,
"not yet" (not done, held less firmly, changed) shortens it; a done action, or a belief that sticks at six
months, is settled. The schedule is kept in the entry's front matter (\`review:\`), so it travels with git.
A review with something to say is saved as a short follow-up entry that builds on the original.
Without a terminal, \`review\` exits 2; \`review --list\` works anywhere.`,
  beliefs: 'The belief ledger: each belief, how firmly it was held over time, and the entries that moved it.',
  beliefsAfter: `
Examples:
  $ mindlines beliefs
  $ mindlines beliefs --json

A belief and its revisits (follow-ups, and entries whose builds_on names it with the same belief) form one
line. Beliefs held firmly (brick or concrete) and later challenged or changed are listed first: accommodation,
the reflections appraisers and regulators value most.`,
} as const;

/** The options of these commands, as `--help` describes them. */
export const loopOptions = {
  actionsOpen: 'only actions not done yet (overdue ones too)',
  actionsDone: 'only actions done',
  actionsOverdue: 'only open actions past their due date',
  actionNote: 'what happened; saved as the action\'s `note`',
  reviewList: 'list what is due without asking anything (works without a terminal)',
} as const;
