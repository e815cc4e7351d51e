/** Finding and creating a journal, and the one-screen status. */
export const journalMessages = {
  defaultJournalCreated: (root: string) => `Created your journal at ${root} (a git repository). Use --journal DIR or MINDLINES_DIR to use another.`,
  journalMissing: (root: string) => `no mindlines journal at ${root} (no mindlines.yaml there)`,
  journalMissingHint: (root: string) => `create one with: mindlines init ${root}`,
  initCreated: (root: string, mode: string) => `Created a ${mode} journal at ${root}.`,
  initGit: 'Initialised a git repository for it.',
  initUnchanged: (root: string) => `${root} is already a mindlines journal; nothing changed.`,
  initRepaired: (root: string, made: string[]) => `${root} is already a mindlines journal; added what was missing: ${made.join(', ')}.`,
  initNext: 'Next: write a reflection with `mindlines new`, or capture one non-interactively with `mindlines new --answers FILE`.',
  initProfileDiffers: (current: string, wanted: string) =>
    `this journal already uses the ${current} profile, so nothing changed; switch it with: mindlines config set profile ${wanted}`,
  initProfileSwitch: (current: string, wanted: string) => `This journal uses the ${current} profile. Switch it to ${wanted}?`,
  initProfileKept: (current: string) => `Kept the ${current} profile.`,
  initModeMismatch: (existing: string) => `this journal is already in ${existing} mode; change \`mode:\` in mindlines.yaml to switch`,
  initRegistrantNotChanged: 'this folder is already a journal, so its settings were kept; set `registrant: { name, registration_number }` in mindlines.yaml',
  statusTitle: (name: string) => `mindlines: ${name}`,
  statusThisYear: (entries: number, hours: number, from: string, to: string) =>
    `  this year ${entries} ${entries === 1 ? 'entry' : 'entries'}, ${hours} hours of finished CPD (${from} to ${to}; \`mindlines export cpd\` counts as your regulator does)`,
  statusTry: [
    'mindlines new                          a guided reflection (in a terminal)',
    'mindlines quick "yesterday: ..."       capture a line now, reflect on it later',
    'mindlines new --answers answers.yaml   write a reflection from a YAML or JSON file',
    'mindlines list                         your entries, newest first',
    'mindlines show ID                      read one entry',
    'mindlines --help                       every command, with examples',
  ],
} as const;
