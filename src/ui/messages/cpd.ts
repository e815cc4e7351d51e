/** Evidence for appraisal: export cpd, export blog, stats (issue 6). */
export const cpdMessages = {
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
  nothingCountedInPeriod: (from: string, to: string, notCounted: number, planned: number, unfinished: number) =>
    `nothing counted between ${from} and ${to}: ` +
    [
      notCounted > 0 ? `${notCounted} ${notCounted === 1 ? 'entry has' : 'entries have'} no activity the profile recognises (add \`activity:\`; mindlines check lists them)` : '',
      planned > 0 ? `${planned} planned after today` : '',
      unfinished > 0 ? `${unfinished} unfinished ${unfinished === 1 ? 'note' : 'notes'} (status draft)` : '',
    ]
      .filter(Boolean)
      .join('; '),
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
  // issue 12: figures a clinician can sign
  invalidEntries: (problems: readonly { path: string; line: number; message: string }[]) =>
    `${problems.length} ${problems.length === 1 ? 'entry' : 'entries'} in the period could not be read, so the totals would be wrong: ` +
    problems.map((p) => `${p.path}:${p.line}: ${p.message}`).join('; '),
  invalidEntriesHint: 'fix the file (mindlines check lists every problem), or add --skip-invalid to export without it; the report then lists what was skipped',
  authorAndAllAuthors: '--author and --all-authors ask for different things; give one of them',
  activityNotRecognised: (activity: string, profile: string) =>
    `activity "${activity}" is not one the ${profile} profile recognises, so it is not counted in its totals; use one of its activity types (mindlines export cpd lists it under "not counted")`,
  participatoryOverHours: (participatory: number, hours: number) =>
    `\`participatory\` (${participatory} h) is more than \`hours\` (${hours} h); only ${hours} h are counted as participatory`,
  skippedInvalid: (count: number) => `--skip-invalid: ${count} unreadable ${count === 1 ? 'entry was' : 'entries were'} left out of the totals; the report lists ${count === 1 ? 'it' : 'them'}`,
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
} as const;
