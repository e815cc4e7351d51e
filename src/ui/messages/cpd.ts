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
  // Documents an appraiser accepts (issue 16): PDF, the -o name, the registrant, cohorts.
  unknownExtension: (file: string, extension: string, known: readonly string[]) =>
    `${file}: mindlines does not write ${extension} files; it writes ${known.join(', ')}`,
  unknownExtensionHint: (file: string, known: readonly string[]) =>
    `name the file for one of them, e.g. -o ${file.replace(/\.[^./\\]*$/, '')}.${known.includes('docx') ? 'docx' : (known[0] ?? 'md')}`,
  extensionDisagrees: (file: string, format: string) => `${file} is named for another format than --format ${format}`,
  extensionDisagreesHint: (file: string, format: string, implied: string) =>
    `use -o ${file.replace(/\.[^./\\]*$/, '')}.${format}, or --format ${implied} (or leave --format out: the name decides)`,
  noBrowser: 'cannot write a PDF: no Chrome, Chromium or Edge was found on this computer',
  browserSetButMissing: (file: string) => `cannot write a PDF: MINDLINES_BROWSER is ${file}, which is not a program that can be run`,
  printHtmlInstead:
    'write the HTML instead (-o summary.html), open it in any browser and print it to PDF (Ctrl+P or Cmd+P, "Save as PDF"); or install Chrome, Chromium or Edge, or set MINDLINES_BROWSER to one',
  printTimedOut: (browser: string, seconds: number) => `the browser (${browser}) did not finish printing within ${seconds} s`,
  printFailed: (browser: string, reason: string) => `the browser (${browser}) could not print the summary: ${reason}`,
  registrationNumberLabel: 'registration number',
  registrantMissing: (label: string) =>
    `the pages carry no ${label}: add \`registrant: { name: …, registration_number: … }\` to mindlines.yaml so every page says whose evidence it is`,
  registrationLooksWrong: (number: string, label: string, example: string | undefined) =>
    `${number} does not look like ${/^[aeiou]/i.test(label) || /^(NMC|HCPC|AHPRA)\b/.test(label) ? 'an' : 'a'} ${label}${example ? ` (they look like ${example})` : ''}; check registrant.registration_number in mindlines.yaml`,
  cohortEmpty: 'no journals to export: --journals DIR holds no folder, or no --journal was given',
  cohortRefused: (count: number, where: string[]) =>
    `refused: ${count} possible ${count === 1 ? 'identifier' : 'identifiers'} in the entries (${where.join('; ')}${count > where.length ? '; …' : ''}); the trainee should fix them and run \`mindlines check\``,
  cohortNeedsFolder: 'several journals give several reports: name a folder for them with -o DIR',
  cohortNoAuthor: '--author picks one author of a shared journal; it does not apply to several journals',
  cohortNotFolder: (dir: string) => `${dir} is a file; -o for several journals names a folder`,
  cohortWritten: (reports: number, dir: string) =>
    `Wrote ${reports} ${reports === 1 ? 'report' : 'reports'} and the cohort summary (cohort-summary.html, .csv, .json) to ${dir}`,
  cohortUnreadable: (journal: string, problem: string) => `${journal}: not exported: ${problem}`,
  cohortJournalProblems: (journal: string, count: number) =>
    `${journal}: ${count} ${count === 1 ? 'entry' : 'entries'} could not be read and ${count === 1 ? 'was' : 'were'} not counted`,
  severalJournals: (count: number) => `--journal was given ${count} times; only \`export cpd\` reads several journals (a cohort)`,
  cohortJournalsNotFolder: (dir: string) => `--journals ${dir} is a file; it should be the folder holding one journal per folder`,
  cohortJournalsMissing: (dir: string, why: string) => `--journals ${dir} cannot be read: ${why}`,
  cohortIncomplete: (unreadable: number, total: number) => `${unreadable} of ${total} journals could not be exported`,
  cohortIncompleteHint: 'the cohort summary lists them and why (cohort-summary.html, "Journals that could not be read")',
  // the records chosen for submission (issue 16: GPhC --select)
  selectUnmatched: (names: readonly string[]) =>
    `--select ${names.join(', ')}: no record of the period laid out on a form has ${names.length === 1 ? 'this id' : 'these ids'}`,
  selectUnmatchedHint: 'list the records with `mindlines list --since …` and name each by its short id (e.g. --select 0p01,0p04)',
  menuPickRecords: 'Which records will you submit?',
  menuPickRecordsHint: 'space ticks or unticks a record, enter submits; each is laid out on the GPhC record form',
  menuRecordChoice: (date: string, type: string, title: string) => `${date}  ${type}: ${title}`,
  menuNoRecordsChosen: 'No record chosen: nothing was exported.',
} as const;
