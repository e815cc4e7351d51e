import { escapeForTerminal } from '../terminal-text.js';
import { describeError } from './describe-error.js';

/** Guided reflection: the interview, drafts, quick capture, reflect, edit, templates and the home menu (issue 3). */
export const reflectionMessages = {
  interview: {
    required: 'an answer is needed here',
    notADate: (text: string) => `"${text}" is not a date mindlines understands; try 2026-11-27, "yesterday" or "last Tuesday"`,
    notHours: 'give a number of hours between 0 and 1000, e.g. 1.5, 1,5, 1h30 or 90 min (0.25 or 15 min for fifteen minutes)',
    hoursResolved: (hours: number) => `  → ${hours} ${hours === 1 ? 'hour' : 'hours'}`,
    participatoryTooMany: (hours: number) => `participatory hours cannot be more than the ${hours} hours given`,
    dateResolved: (iso: string) => `  → ${iso}`,
    skip: '(skip)',
    otherActivity: 'something else (type it)',
    otherActivityPrompt: 'What kind of activity was it?',
    sectionHintEditor: (required: boolean) =>
      required
        ? 'Type a short answer, or press Enter on an empty line (or end with /e) to write it in your editor.'
        : 'Type a short answer, Enter on an empty line (or end with /e) to write it in your editor, or - to skip.',
    sectionHintText: (required: boolean) =>
      required
        ? 'Type your answer; end with /e to carry on in your editor.'
        : 'Type your answer (Enter on an empty line skips it); end with /e to carry on in your editor.',
    editorEmptyRequired: '  That section needs an answer; nothing was saved from the editor.',
    editorFailed: (reason: string) => `  ${reason}; your answers so far are safe in the draft. Type the answer instead, or try again.`,
    editorCaptured: (text: string) => {
      const lines = text.split('\n');
      const shown = lines.slice(0, 3).map((line) => `  │ ${escapeForTerminal(line.length > 72 ? `${line.slice(0, 71)}…` : line)}`);
      const more = lines.length - shown.length;
      return [`  Captured ${lines.length} ${lines.length === 1 ? 'line' : 'lines'}:`, ...shown, ...(more > 0 ? [`  │ … ${more} more`] : [])].join('\n');
    },
    listHint: 'Separate several with commas.',
    tagsUsed: (tags: string[]) => `Used before: ${tags.join(', ')}`,
    beliefPrompt: (prompt: string) => `${prompt}: what did you believe before? (Enter to skip)`,
    beliefHint: 'Your working rule before this happened, in a sentence.',
    beliefFirmness: 'How firmly did you hold it?',
    beliefOutcome: 'What happened to that belief?',
    beliefAfter: 'What do you believe now?',
    // issue 17: "Enter keeps what is shown" only when something is shown.
    beliefAfterHint: (shown: boolean) => (shown ? 'Your working rule now (Enter keeps what is shown).' : 'Your working rule now, in a sentence (Enter to skip).'),
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
  shortAndTemplate: (template: string) => `--short is the reflect-short template; it cannot be used with --template ${template}`,
  chooseTemplateHint: 'In a hurry? The short reflection asks six questions (also: mindlines new --short).',
  templateChoice: (name: string, minutes: number, purpose: string) => `${name}  ~${String(minutes).padStart(2)} min  ${purpose}`,
  templateDescription: (id: string, questions: number, description: string) => `${id}, ${questions} questions: ${description}`,
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
  editorOpening: (what: string, editor: string, source: 'setting' | 'VISUAL' | 'EDITOR' | 'nano' | 'vi') =>
    `  Opening ${editor} for: ${what}\n` +
    `  ${source === 'setting' ? 'It is the journal\'s editor setting' : source === 'VISUAL' || source === 'EDITOR' ? `It is your $${source}` : 'No editor is set, so mindlines chose it'}` +
    `; save and close it to come back here${source === 'vi' ? ' (in vi: Esc, then :wq and Enter)' : source === 'nano' ? ' (in nano: Ctrl-O, Enter, Ctrl-X)' : ''}.\n` +
    '  Choose another with `mindlines config set editor NAME` (e.g. nano, vim, "code --wait").',
  quickEmpty: 'nothing to capture: give the note as text (mindlines quick "yesterday: learned that ...") or on stdin',
  quickPrompt: 'Quick note (a leading date such as "yesterday:" sets the date)',
  // issue 17: the short id `reflect` needs, and the path printed once (on stdout, for scripts).
  quickSaved: (id: string, date: string) => `Captured ${id} (${date}, draft). Reflect on it later with \`mindlines reflect ${id}\`.`,
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
  listScrolls: (count: number) => `↑↓ to see all ${count}`,
  menuTitle: 'What would you like to do?',
  menuNew: 'Write a new reflection',
  menuQuick: 'Capture a quick note',
  menuResume: (count: number) => `Resume a draft (${count})`,
  menuBrowse: 'Browse recent entries',
  menuExport: 'Export a CPD summary for appraisal or revalidation',
  menuExportFormat: 'Which format?',
  menuExportFormats: {
    pdf: 'PDF (printed by Chrome, Chromium or Edge on this computer)',
    html: 'HTML: open in a browser and print to PDF',
    docx: 'Word document',
    md: 'Markdown',
    csv: 'CSV for a spreadsheet',
    json: 'JSON for scripts',
  } as Record<'pdf' | 'html' | 'docx' | 'md' | 'csv' | 'json', string>,
  menuExportReplace: (file: string) => `${file} already exists. Replace it?`,
  menuExportFile: 'Save it as (relative to the current folder)',
  menuStatus: 'Show the journal status',
  menuQuit: 'Quit',
  menuPickEntry: 'Which entry? (each one read comes back to this list)',
  menuReflect: (count: number) => `Reflect on a quick note (${count} to finish)`,
  menuPickNote: 'Which note?',
  menuDone: '← Done',
  statusDrafts: (count: number) => `  drafts    ${count} unfinished ${count === 1 ? 'interview' : 'interviews'} (mindlines drafts)`,
} as const;
