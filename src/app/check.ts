import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Profile } from '../codecs/profile.js';
import type { JournalConfig } from '../config/journal-config.js';
import { activityOfTemplate, activityTypeOf } from '../core/cpd/cpd-count.js';
import { participatoryHours, type Entry } from '../core/entries/entry.js';
import { checkEntryText, conflictProblems, duplicateIdProblems, privateEntryProblems, type CheckProblem } from '../core/entries/journal-check.js';
import { attachmentProblems } from '../core/evidence/attachment-check.js';
import type { Finding } from '../core/privacy/kinds.js';
import type { PrivacyScanner } from '../core/privacy/scanner.js';
import { KeyUnavailableError, LockedFileError, UsageError } from '../errors.js';
import { splitLockedFile } from '../core/lock/locked-file.js';
import { messages } from '../ui/messages.js';
import type { JournalPorts, WorkspacePorts } from './context.js';

export interface CheckOptions {
  paths: string[];
  staged?: boolean | undefined;
}

/** Something worth fixing that does not fail `check`: the totals would leave it out or count less than written. */
export interface CheckWarning {
  file: string;
  line: number;
  kind: 'activity-not-recognised' | 'participatory-over-hours';
  message: string;
}

export interface CheckReport {
  ok: boolean;
  findings: Finding[];
  problems: CheckProblem[];
  /** Warnings about how the journal's profile counts an entry; they never make `ok` false. */
  warnings: CheckWarning[];
  /** How many files were read. */
  files: number;
}

/** The journal `check` works in, when there is one: its settings and its entry files as they are on disk. */
export type CheckJournal = Pick<JournalPorts, 'root' | 'entryFiles' | 'profiles'> & { config: Pick<JournalConfig, 'mode' | 'profile'> } & Partial<
    Pick<JournalPorts, 'attachmentFiles' | 'locking'>
  >;

/**
 * What `check` is handed: files, git and the scanner (with the journal's deny-list and allow-list when there is a
 * journal), the journal if one was found, and where one was looked for (for the message when none was).
 */
export type CheckPorts = Pick<WorkspacePorts, 'cwd' | 'files' | 'git' | 'privacy'> & { journal: CheckJournal | undefined; lookedIn: string };

/** Whether a journal-relative path is an entry file (under entries/ or private/). */
const isEntryPath = (rel: string) => /^(?:entries|private)\/.+\.md$/.test(rel);

/** The 1-based line of a front-matter key in an entry file's text (1 when it is not there). */
const lineOfKey = (text: string, key: string) => {
  const index = text.split(/\r?\n/).findIndex((line) => line.startsWith(`${key}:`));
  return index === -1 ? 1 : index + 1;
};

/**
 * How the journal's profile would count an entry, where that is not what its author likely meant (issue 12): an
 * activity the profile does not recognise (not counted in any total), participatory hours over the hours.
 * Unfinished notes are left alone: they are not counted until they are finished.
 */
function countingWarnings(entry: Entry, text: string, profile: Profile): CheckWarning[] {
  const warnings: CheckWarning[] = [];
  if (entry.meta.status === 'draft') return warnings;
  const activity = entry.meta.activity;
  if (activity && !activityTypeOf(profile, activity) && !activityOfTemplate(profile, entry.meta.template)) {
    warnings.push({ file: entry.path, line: lineOfKey(text, 'activity'), kind: 'activity-not-recognised', message: messages.activityNotRecognised(activity, profile.id) });
  }
  const participatory = entry.meta.participatory;
  if (typeof participatory === 'number' && participatory > participatoryHours(entry.meta)) {
    warnings.push({
      file: entry.path,
      line: lineOfKey(text, 'participatory'),
      kind: 'participatory-over-hours',
      message: messages.participatoryOverHours(participatory, entry.meta.hours ?? 0),
    });
  }
  return warnings;
}

/** Every entry of the journal: identifiers, parse problems, conflict markers, duplicate ids, private entries in git. */
async function checkJournal(ctx: Pick<CheckPorts, 'git'>, journal: CheckJournal, scanner: PrivacyScanner): Promise<CheckReport> {
  const listed = await journal.entryFiles.list();
  const findings: Finding[] = [];
  const problems: CheckProblem[] = listed.problems.map((p) => ({ file: p.path, line: p.line, kind: 'unreadable', message: p.message }));
  const warnings: CheckWarning[] = [];
  const profile = await journal.profiles.get(journal.config.profile);
  const entries: Entry[] = [];
  for (const file of listed.files) {
    const text = await journal.entryFiles.read(file.path);
    findings.push(...scanner.scanEntryFile(text, file.path));
    const checked = checkEntryText(file.path, text);
    problems.push(...checked.problems);
    if (checked.entry) {
      entries.push(checked.entry);
      warnings.push(...countingWarnings(checked.entry, text, profile));
      // issue 18: every attachment the entry records is there, unchanged
      if (journal.attachmentFiles) problems.push(...(await attachmentProblems(checked.entry, storedCopy(journal.attachmentFiles), lineOfKey(text, 'attachments'))));
    }
  }
  const locked = journal.locking ? await checkLocked(journal.locking, scanner) : { findings: [], problems: [], entries: [], files: 0 };
  findings.push(...locked.findings);
  problems.push(...locked.problems);
  entries.push(...locked.entries);
  problems.push(...duplicateIdProblems(entries));
  if (journal.config.mode === 'team') {
    problems.push(...privateEntryProblems(entries, await ctx.git.trackedFiles(journal.root, 'private')));
  }
  return report(findings, problems, listed.files.length + locked.files, warnings);
}

/**
 * Locked entries (issue 18): with the passphrase in the environment (check never asks: it runs in hooks), each is
 * decrypted and checked like any entry, and one that fails authentication is a problem; without it, each is only
 * checked to be an age file at all.
 */
async function checkLocked(locking: NonNullable<CheckJournal['locking']>, scanner: PrivacyScanner) {
  const out = { findings: [] as Finding[], problems: [] as CheckProblem[], entries: [] as Entry[], files: 0 };
  let canDecrypt = locking.settings() !== undefined;
  for (const file of await locking.locked()) {
    out.files++;
    if (canDecrypt) {
      try {
        const text = await locking.open(file.path);
        out.findings.push(...scanner.scanEntryFile(text, file.path));
        const checked = checkEntryText(file.path, text);
        out.problems.push(...checked.problems);
        if (checked.entry) out.entries.push(checked.entry);
        continue;
      } catch (error) {
        if (error instanceof LockedFileError) {
          out.problems.push({ file: file.path, line: 1, kind: 'locked-damaged', message: error.reason });
          continue;
        }
        if (!(error instanceof KeyUnavailableError)) throw error;
        canDecrypt = false;
      }
    }
    if (!splitLockedFile(await locking.raw(file.path))) {
      out.problems.push({ file: file.path, line: 1, kind: 'locked-damaged', message: messages.lockedDamaged });
    }
  }
  return out;
}

/** Reads a stored attachment's size and SHA-256, or undefined when it is not there. */
function storedCopy(files: NonNullable<CheckJournal['attachmentFiles']>) {
  return async (relative: string) => {
    const bytes = await files.read(relative);
    return bytes && { size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
  };
}

/** Markdown and text files or folders given on the command line (a blog draft, an export). */
async function checkPaths(ctx: CheckPorts, scanner: PrivacyScanner, inputs: string[]): Promise<CheckReport> {
  const { journal } = ctx;
  const { files, problems: missing } = await ctx.files.collectTextFiles(ctx.cwd, inputs);
  const findings: Finding[] = [];
  const problems: CheckProblem[] = missing.map((p) => ({ file: p.display, line: 1, kind: 'unreadable', message: p.message }));
  const entries: Entry[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = await ctx.files.readText(file.absolute);
    } catch (error) {
      problems.push({ file: file.display, line: 1, kind: 'unreadable', message: messages.describeError(error) });
      continue;
    }
    findings.push(...scanner.scanEntryFile(text, file.display));
    const rel = journal ? path.relative(journal.root, file.absolute).split(path.sep).join('/') : '';
    if (journal && isEntryPath(rel)) {
      const checked = checkEntryText(file.display, text);
      problems.push(...checked.problems);
      if (checked.entry) entries.push(checked.entry);
    } else {
      problems.push(...conflictProblems(file.display, text));
    }
  }
  problems.push(...duplicateIdProblems(entries));
  return report(findings, problems, files.length);
}

/** Turns a path relative to the work tree top into one relative to `base` (the journal), when it lies inside it. */
function relativeTo(top: string, base: string, file: string): string {
  const absolute = path.join(top, file);
  const rel = path.relative(base, absolute);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return file;
  return rel.split(path.sep).join('/');
}

/** What the next commit would hold: the staged version of each staged text file (the pre-commit hook runs this). */
async function checkStaged(ctx: CheckPorts, scanner: PrivacyScanner): Promise<CheckReport> {
  const { journal } = ctx;
  const base = journal?.root ?? ctx.cwd;
  const top = await ctx.git.topLevel(base);
  if (!top) throw new UsageError(messages.checkNotInGit(base));
  const staged = (await ctx.git.stagedFiles(top)).filter((file) => /\.(?:md|markdown|txt)$/i.test(file));
  const findings: Finding[] = [];
  const problems: CheckProblem[] = [];
  const stagedEntries: Entry[] = [];
  for (const file of staged) {
    const display = relativeTo(top, base, file);
    const text = await ctx.git.stagedText(top, file);
    findings.push(...scanner.scanEntryFile(text, display));
    if (journal && isEntryPath(display)) {
      const checked = checkEntryText(display, text);
      problems.push(...checked.problems);
      if (checked.entry) stagedEntries.push(checked.entry);
      if (journal.config.mode === 'team' && display.startsWith('private/')) {
        problems.push({ file: display, line: 1, kind: 'private-tracked', message: messages.privateStaged });
      }
    } else {
      problems.push(...conflictProblems(display, text));
    }
  }
  if (journal && stagedEntries.length > 0) {
    // A staged entry whose id another entry already uses (a copied file) is caught before it is shared.
    const others: Entry[] = [];
    for (const file of (await journal.entryFiles.list()).files) {
      if (stagedEntries.some((e) => e.path === file.path)) continue;
      const checked = checkEntryText(file.path, await journal.entryFiles.read(file.path));
      if (checked.entry) others.push(checked.entry);
    }
    const stagedPaths = new Set(stagedEntries.map((e) => e.path));
    problems.push(...duplicateIdProblems([...stagedEntries, ...others]).filter((p) => stagedPaths.has(p.file)));
    if (journal.config.mode === 'team') {
      problems.push(...privateEntryProblems(stagedEntries, []).filter((p) => !p.file.startsWith('private/')));
    }
  }
  return report(findings, problems, staged.length);
}

function report(findings: Finding[], problems: CheckProblem[], files: number, warnings: CheckWarning[] = []): CheckReport {
  const order = (a: { file: string; line: number }, b: { file: string; line: number }) => a.file.localeCompare(b.file) || a.line - b.line;
  findings.sort((a, b) => order(a, b) || a.column - b.column);
  problems.sort(order);
  warnings.sort(order);
  return { ok: findings.length === 0 && problems.length === 0, findings, problems, warnings, files };
}

/** --staged checks what git would commit; paths name files to check: one or the other. */
export function validateCheckOptions(opts: CheckOptions): void {
  if (opts.staged && opts.paths.length > 0) throw new UsageError(messages.checkStagedWithPaths);
}

/**
 * `check [PATH...] [--staged]`: identifiers and broken files in the journal's entries, in the files given, or in
 * what git has staged. The report says what was found; deciding the exit code is the command's.
 */
export async function checkFiles(ctx: CheckPorts, opts: CheckOptions): Promise<CheckReport> {
  validateCheckOptions(opts);
  if (!opts.staged && opts.paths.length === 0 && !ctx.journal) {
    throw new UsageError(messages.journalMissing(ctx.lookedIn), { hint: messages.checkNoJournalHint });
  }
  const scanner = await ctx.privacy();
  if (opts.staged) return checkStaged(ctx, scanner);
  if (opts.paths.length > 0) return checkPaths(ctx, scanner, opts.paths);
  return checkJournal(ctx, ctx.journal as CheckJournal, scanner);
}
