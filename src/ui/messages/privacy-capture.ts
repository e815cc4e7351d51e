import type { Confidence, FindingReason } from '../../core/privacy/kinds.js';

/** Why each finding was raised, in words (issue 13: each finding says why). */
export const FINDING_REASON_TEXT: Record<FindingReason, string> = {
  'check-digit': 'its check digit is valid',
  label: 'a label names it',
  'label-bad-check-digit': 'a label names it, though its check digit fails',
  format: 'its format',
  range: 'its digits fall in a health-number range',
  'birth-context': 'next to "DOB" or "born"',
  'birth-year': 'a full date in a birth year',
  'after-name': 'a date in brackets after a name',
  street: 'a house number and a street',
  'address-cue': 'a numbered street after "lives" or "visit to"',
  title: 'a name after a title',
  relation: 'a name after a relation',
  patient: 'a name after "patient"',
  'age-or-bed': 'a name with an age or a bed',
  'initials-age-sex': 'initials with an age and sex',
  'age-sex': 'an age and sex together',
  'clinical-verb': 'a name after a clinical verb',
  'known-names': 'a given name and a surname',
  'unknown-capitalised': 'capitalised words where a person is meant',
  'deny-list': 'a name on privacy.names',
  'local-code': 'letters and digits like a record number',
};

/** Issue 13's words: confidence and reasons in `check`, the warning at capture, redaction, the hook, blog posts. */
export const privacyCaptureMessages = {
  findingWhy: (confidence: Confidence, reason: FindingReason, blocking: boolean) =>
    `(${confidence}${blocking ? '' : ', warning'}: ${FINDING_REASON_TEXT[reason]})`,
  checkWarnings: (warnings: number) => (warnings > 0 ? `, and ${warnings} low-confidence ${warnings === 1 ? 'warning' : 'warnings'}` : ''),
  checkOnlyWarnings: (warnings: number, files: number) =>
    `${warnings} low-confidence possible ${warnings === 1 ? 'identifier' : 'identifiers'} in ${files} ${files === 1 ? 'file' : 'files'} ` +
    '(warnings: check them; --strict makes them fail the check).',
  // the warning at capture (new, --answers, quick, reflect, edit, review follow-ups)
  captureFound: (count: number, file: string) =>
    `${count} possible ${count === 1 ? 'identifier' : 'identifiers'} in what you wrote (${file}):`,
  captureFinding: (line: number, column: number, kind: string, why: string, text?: string) =>
    `  line ${line}, column ${column}: ${kind}${text === undefined ? '' : ` ${JSON.stringify(text)}`} ${why}`,
  captureChoose: 'What should happen to them?',
  captureChoices: {
    placeholders: 'Replace each with a placeholder ([name], [NHS number]…)',
    private: 'Keep the entry private (it never leaves this computer)',
    edit: 'Edit the entry now',
    save: 'Save it as it is',
    cancel: 'Do not save it (the text is kept)',
  },
  captureSavedWithFindings: (count: number) =>
    `Saved with ${count} possible ${count === 1 ? 'identifier' : 'identifiers'}; run \`mindlines redact ID\` or edit it before you share it.`,
  capturePlaceholders: 'Replaced the identifiers with placeholders before saving.',
  capturePrivate: 'Kept private: the entry is not shared by sync or exports.',
  captureRefused: (count: number, keptAt: string) =>
    `not saved: ${count} possible ${count === 1 ? 'identifier' : 'identifiers'} (--strict); your text is kept in ${keptAt}`,
  captureRefusedHint: 'Take the identifiers out and capture it again, or run without --strict to be asked (or warned) instead.',
  // mindlines redact ID, export blog --redact
  redactHeading: (count: number, file: string) => `${count} ${count === 1 ? 'identifier' : 'identifiers'} to replace in ${file}:`,
  redactLine: (line: number, column: number, kind: string, placeholder: string, before?: string) =>
    `  line ${line}, column ${column}: ${kind}${before === undefined ? '' : ` ${JSON.stringify(before)}`} → ${placeholder}`,
  redactConfirm: (count: number) => `Replace ${count === 1 ? 'it' : `these ${count}`} and save the entry?`,
  redactDeclined: 'Nothing changed.',
  redactNothing: (file: string) => `Nothing to redact in ${file}.`,
  redactDone: (count: number, file: string) => `Replaced ${count} ${count === 1 ? 'identifier' : 'identifiers'} in ${file}.`,
  redactNeedsYes: 'redact asks before it rewrites an entry, and there is no terminal to ask in',
  redactNeedsYesHint: (ref: string) => `look at the changes listed above, then run \`mindlines redact ${ref} --yes\``,
  blogRedacted: (count: number) => `Replaced ${count} possible ${count === 1 ? 'identifier' : 'identifiers'} in the draft (your entries are unchanged).`,
  blogRedactConfirm: 'Write the draft with these replaced?',
  blogTeamEntries: (paths: string[]) =>
    `${paths.length === 1 ? 'this entry is' : 'these entries are'} shared with your team only, not public: ${paths.join(', ')}`,
  blogTeamEntriesHint: 'a blog post is public; check that the team agrees, then add --yes (or set `visibility: public` in the entry)',
  hooksLocal: (shared: string) =>
    `This repository now has its own hooks folder (core.hooksPath set for it alone); the shared pre-commit hook ${shared} still runs first. Other repositories are unchanged.`,
  blogBadDate: (value: string) => `--date "${value}" is not a date (YYYY-MM-DD) or "entry"`,
} as const;
