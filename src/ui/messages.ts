import type { ReviewItem } from '../core/loop/review-items.js';
import type { ReviewSessionResult, ReviewWords, SavedReview } from '../core/loop/review-session.js';
import type { Ui } from './output.js';

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
  newNeedsAnswers: 'the interactive interview needs a terminal, and this is not one',
  newNeedsAnswersHint: 'give the answers as YAML or JSON instead: mindlines new --answers answers.yaml (or --answers - to read stdin)',
  templateNotFound: (id: string, known: string[]) => `no template called "${id}"; the templates are ${known.join(', ')}`,
  // options
  badDate: (option: string, value: string) => `${option} "${value}" is not a date mindlines understands; try 2026-04-01, "last month" or "2 weeks ago"`,
  badNumber: (option: string, value: string) => `${option} "${value}" should be a whole number greater than 0`,
  // status
  statusTitle: (name: string) => `mindlines: ${name}`,
  statusTry: [
    'mindlines new                          a guided reflection (in a terminal)',
    'mindlines quick "yesterday: ..."       capture a line now, reflect on it later',
    'mindlines new --answers answers.yaml   write a reflection from a YAML or JSON file',
    'mindlines list                         your entries, newest first',
    'mindlines show ID                      read one entry',
    'mindlines --help                       every command, with examples',
  ],
  // guided reflection: interview, drafts, quick capture, reflect, edit, templates, home menu (issue 3)
  interview: {
    required: 'an answer is needed here',
    notADate: (text: string) => `"${text}" is not a date mindlines understands; try 2026-11-27, "yesterday" or "last Tuesday"`,
    notHours: 'give a number of hours between 0 and 1000, e.g. 1.5 (0.25 for fifteen minutes)',
    participatoryTooMany: (hours: number) => `participatory hours cannot be more than the ${hours} hours given`,
    dateResolved: (iso: string) => `  → ${iso}`,
    skip: '(skip)',
    otherActivity: 'something else (type it)',
    otherActivityPrompt: 'What kind of activity was it?',
    sectionHintEditor: (required: boolean) =>
      required
        ? 'Type a short answer, or press Enter on an empty line to write it in your editor.'
        : 'Type a short answer, Enter on an empty line to write it in your editor, or - to skip.',
    sectionHintText: (required: boolean) =>
      required ? 'Type your answer, or /e to write it in your editor.' : 'Type your answer (Enter on an empty line skips it), or /e to write it in your editor.',
    editorEmptyRequired: '  That section needs an answer; nothing was saved from the editor.',
    editorFailed: (reason: string) => `  ${reason}; your answers so far are safe in the draft. Type the answer instead, or try again.`,
    listHint: 'Separate several with commas.',
    tagsUsed: (tags: string[]) => `Used before: ${tags.join(', ')}`,
    beliefPrompt: (prompt: string) => `${prompt}: what did you believe before? (Enter to skip)`,
    beliefHint: 'Your working rule before this happened, in a sentence.',
    beliefFirmness: 'How firmly did you hold it?',
    beliefOutcome: 'What happened to that belief?',
    beliefAfter: 'What do you believe now?',
    beliefAfterHint: 'Your working rule now (Enter keeps what is shown).',
    anotherBelief: 'Another belief?',
    actionPrompt: (prompt: string) => `${prompt}: what will you do? (Enter to skip)`,
    actionHint: 'Something concrete enough to check later.',
    actionDue: 'By when?',
    actionDueHint: 'A date such as 2026-12-31, or "next month", "in 2 weeks"; Enter for no date.',
    anotherAction: 'Another action?',
    reviewTitle: '── Preview ──',
    reviewChoose: 'Save this reflection?',
    reviewSave: 'Save it',
    reviewEdit: 'Change an answer',
    reviewDiscard: 'Discard it',
    reviewWhich: 'Which answer?',
    reviewProblem: (message: string) => `  ${message}; change that answer before saving.`,
    discardConfirm: 'Discard this reflection and its draft? This cannot be undone.',
    privacyWarning: (warning: string) => `  ⚠ ${warning}`,
    privacyRewrite: 'Rewrite this answer now? (No keeps it; `mindlines check` will still flag it.)',
  },
  chooseTemplate: 'Which template?',
  chooseDraft: 'You have an unfinished reflection. Resume it?',
  startNew: 'Start a new reflection',
  resumeChoice: (title: string, template: string, progress: string, updated: string) => `Resume "${title}" (${template}, ${progress} answered, saved ${updated})`,
  resuming: (title: string) => `Resuming "${title}".`,
  /** "3 min ago", "2 days ago": when a draft was last saved. */
  ago: (iso: string, now: Date): string => {
    const minutes = Math.max(0, Math.round((now.getTime() - new Date(iso).getTime()) / 60000));
    if (!Number.isFinite(minutes)) return iso;
    if (minutes < 1) return 'just now';
    if (minutes < 60) return `${minutes} min ago`;
    const hours = Math.round(minutes / 60);
    if (hours < 48) return `${hours} h ago`;
    return `${Math.round(hours / 24)} days ago`;
  },
  draftSaved: (id: string) => `draft saved, resume with \`mindlines new --resume\` (draft ${id})`,
  cancelledNothingSaved: 'stopped before the first answer; nothing to save',
  reflectionDiscarded: 'Discarded; the draft was deleted.',
  draftBadId: (id: string) => `"${id}" is not a draft id`,
  draftAmbiguous: (ref: string, count: number) => `"${ref}" matches ${count} drafts; give more characters of the id`,
  draftNotFound: (ref: string) => `no draft has an id starting "${ref}"`,
  draftNotFoundHint: 'see your drafts with `mindlines drafts`',
  noDrafts: 'No unfinished drafts.',
  noDraftsToResume: 'there is no unfinished draft to resume',
  draftDiscarded: (id: string, title: string) => `Discarded draft ${id} ("${title}").`,
  draftWriteFailed: (error: unknown) => `could not save the draft: ${describeError(error)}`,
  draftProblem: (file: string, message: string) => `${file}: ${message}; skipped`,
  draftTemplateGone: (template: string) => `the draft was started with the template "${template}", which no longer exists`,
  newNeedsTerminalForResume: 'resuming a draft is interactive and needs a terminal',
  editorNotSet: 'no editor is set; set $VISUAL or $EDITOR (e.g. export EDITOR=nano)',
  editorFailedToStart: (bin: string, error: unknown) => `could not start the editor "${bin}": ${describeError(error)}`,
  editorExited: (bin: string, code: number | null, signal: string | null) =>
    `the editor "${bin}" ${signal ? `was stopped by ${signal}` : `exited with code ${code}`}, so its text was not used`,
  editRenamed: (from: string, to: string) => `The title or date changed, so the file was renamed from ${from} to ${to}.`,
  outputExists: (file: string) => `${file} already exists; nothing was written`,
  outputExistsHint: 'add --force to replace it, or choose another name with -o',
  editorTextKept: (path: string) => `what you wrote is kept in ${path}`,
  editorOpening: (what: string) => `  (opening your editor for: ${what})`,
  quickEmpty: 'nothing to capture: give the note as text (mindlines quick "yesterday: learned that ...") or on stdin',
  quickPrompt: 'Quick note (a leading date such as "yesterday:" sets the date)',
  quickSaved: (path: string, date: string) => `Captured ${path} (${date}, draft). Grow it into a reflection later with \`mindlines reflect\`.`,
  reflectNeedsTerminal: 'reflect is an interactive interview and needs a terminal',
  reflectNeedsTerminalHint: 'run it in a terminal; to change an entry from a script, use `mindlines edit` with $EDITOR set to a script',
  reflectSaved: (path: string) => `Saved the reflection in ${path}.`,
  reflectTemplateQuick: 'choose a full reflection template, not quick',
  editUnchanged: (path: string) => `No changes to ${path}.`,
  editSaved: (path: string) => `Saved ${path}.`,
  editInvalid: (where: string, problem: string) => `your edit does not parse: ${where}: ${problem}`,
  editIdChanged: 'the `id` must not change; put it back as it was',
  editReopen: 'Re-open the editor to fix it?',
  editKept: (kept: string) => `the entry is unchanged (its last good version); your edit is kept in ${kept}`,
  editKeptHint: (ref: string) => `run \`mindlines edit ${ref}\` to continue from your edit`,
  editResuming: (kept: string) => `Continuing from your unfinished edit in ${kept}.`,
  templatesInvalid: (count: number) => `${count} template ${count === 1 ? 'file has' : 'files have'} problems`,
  templateValid: (file: string, id: string, count: number) => `${file}: valid template "${id}" (${count} questions)`,
  templateFileUnreadable: (file: string, error: unknown) => `could not read ${file}: ${describeError(error)}`,
  menuTitle: 'What would you like to do?',
  menuNew: 'Write a new reflection',
  menuQuick: 'Capture a quick note',
  menuResume: (count: number) => `Resume a draft (${count})`,
  menuBrowse: 'Browse recent entries',
  menuExport: 'Export a CPD summary for appraisal or revalidation',
  menuExportFormat: 'Which format?',
  menuExportFormats: {
    html: 'HTML: open in a browser and print to PDF',
    docx: 'Word document',
    md: 'Markdown',
    csv: 'CSV for a spreadsheet',
    json: 'JSON for scripts',
  } as Record<'html' | 'docx' | 'md' | 'csv' | 'json', string>,
  menuExportReplace: (file: string) => `${file} already exists. Replace it?`,
  menuExportFile: 'Save it as (relative to the current folder)',
  menuStatus: 'Show the journal status',
  menuQuit: 'Quit',
  menuPickEntry: 'Which entry?',
  statusDrafts: (count: number) => `  drafts    ${count} unfinished ${count === 1 ? 'interview' : 'interviews'} (mindlines drafts)`,
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
  // closing the loop: actions, review, beliefs, links (issue 8)
  noActions: 'No actions match.',
  actionDone: (ref: string, text: string) => `Marked ${ref} done: ${text}`,
  actionAlreadyDone: (ref: string, when: string) => `${ref} was already marked done${when ? ` on ${when}` : ''}; nothing changed.`,
  actionsFilterConflict: 'choose one of --open, --done and --overdue',
  nothingDue: 'Nothing is due for review.',
  dueCount: (count: number) => `${count} ${count === 1 ? 'item is' : 'items are'} due for review.`,
  reviewNeedsTerminal: 'review asks its questions in a terminal, and there is none here',
  reviewNeedsTerminalHint: 'see what is due with: mindlines review --list (or --list --json); mark an action done with: mindlines actions done ENTRY#N',
  noBeliefs: 'No beliefs recorded yet. The constructivist template asks for one: the belief before, how firmly it was held, and what happened to it.',
  ledgerAccommodation: (count: number) =>
    `Held firmly, then challenged or changed (${count}): the reflections that show your thinking moved`,
  ledgerOthers: 'Other beliefs',
  ledgerNoFirmness: 'firmness not recorded',
  ledgerSpan: (points: number, from: string, to: string) => (points > 1 ? `${points} points, ${from} to ${to}` : from),
  ledgerNow: 'now:',
  ledgerMovedBy: 'moved by:',
  linksBuildsOn: 'builds on:',
  linksBuiltOnBy: 'built on by:',
  linkMissing: '(not in this journal)',
  reviewSource: 'the review',
  reviewSession: (ui: Ui): ReviewWords => ({
    intro: (count: number) =>
      `${count} ${count === 1 ? 'item is' : 'items are'} due for review. Each answer is saved as you go; choose “stop” to finish later.`,
    heading: (position: number, total: number, item: ReviewItem) =>
      `\n${ui.color.bold(`[${position}/${total}] ${item.kind === 'action' ? 'An action' : 'A belief'} from “${ui.safe(item.entry.meta.title)}” (${item.entry.meta.date})`)}\n  ${ui.safe(item.text)}${item.actionDue ? ui.color.dim(` (by ${item.actionDue})`) : ''}`,
    actionQuestion: 'Did you do it?',
    actionDone: 'Yes, it is done',
    actionStuck: 'Under way, and it is sticking',
    actionNotYet: 'Not yet',
    whatHappened: 'What happened?',
    whatHappenedHint: 'What you did, what changed, or what got in the way. Enter to leave it blank.',
    beliefQuestion: 'How firmly do you hold it now?',
    beliefWas: (firmness: string | undefined) => (firmness ? `Last time you held it like ${firmness}.` : 'No firmness recorded for it yet.'),
    noLonger: 'I no longer believe it',
    changedTo: 'What do you believe now?',
    required: 'an answer is needed here',
    why: 'Why? What moved it, or what held it in place?',
    whyHint: 'Enter to leave it blank.',
    skip: 'Skip it for now (it stays due)',
    stop: 'Stop reviewing (the rest stay due)',
    saved: (saved: SavedReview) =>
      ui.color.green(
        `Saved. ${saved.nextDue ? `Next review on ${saved.nextDue}.` : 'Settled: it will not come back.'}${saved.followUp ? ` Follow-up: ${saved.followUp}` : ''}`,
      ),
    summary: (result: ReviewSessionResult) =>
      `\nReviewed ${result.reviewed}, skipped ${result.skipped}; ${result.followUps.length === 1 ? 'one follow-up entry' : `${result.followUps.length} follow-up entries`} written.`,
  }),
  menuReview: (count: number) => `Review what is due (${count} ${count === 1 ? 'item' : 'items'})`,
  loopStats: {
    heading: 'Closing the loop',
    reachedAction: 'reached an action',
    reachedActionValue: (count: number, of: number) => `${count} of ${of} ${of === 1 ? 'reflection' : 'reflections'}`,
    onTime: 'done on time',
    onTimeValue: (count: number, of: number) => `${count} of ${of} ${of === 1 ? 'action' : 'actions'} due so far`,
    onTimeDetail: (done: number, open: number, overdue: number) => `; ${done} done, ${open} open${overdue > 0 ? `, ${overdue} overdue` : ''}`,
    beliefsChanged: 'beliefs changed',
    beliefsChangedValue: (count: number, of: number) => `${count} of ${of} ${of === 1 ? 'belief' : 'beliefs'}`,
    beliefsDetail: (challenged: number, accommodation: number) =>
      `; ${challenged} challenged but not changed; ${accommodation} held firmly, then challenged or changed`,
  },
  links: {
    offer: 'Does this build on an earlier entry? (links them, so `show` lists one under the other)',
    offerMore: (count: number) => `This builds on ${count === 1 ? 'one earlier entry' : `${count} earlier entries`}. Link another?`,
    search: 'Which entry does it build on?',
    searchHint: 'Type words of its title, a tag, a date or its short id; Enter to choose.',
    done: '(no more links)',
    linked: (title: string) => `Linked: builds on “${title}”.`,
    another: 'Link another earlier entry?',
  },
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
  // index, list filters and search (issue 4)
  indexLocked: (file: string) =>
    `another mindlines has held the index lock (${file}.lock) for too long; try again, or delete that folder if no mindlines is running`,
  noHits: (query: string) => `Nothing matches "${query}".`,
  reindexed: (entries: number, problems: number) =>
    `Indexed ${entries} ${entries === 1 ? 'entry' : 'entries'}${problems > 0 ? `; ${problems} ${problems === 1 ? 'file' : 'files'} could not be read` : ''}.`,
  // errors
  unexpected: 'something went wrong inside mindlines; run again with --debug to see the details',
  interrupted: 'stopped.',
} as const;
