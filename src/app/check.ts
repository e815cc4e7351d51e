import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Profile } from '../codecs/profile.js';
import type { JournalConfig } from '../config/journal-config.js';
import { activityOfTemplate, activityTypeOf } from '../core/cpd/cpd-count.js';
import { participatoryHours, type Entry } from '../core/entries/entry.js';
import { checkEntryText, conflictProblems, duplicateIdProblems, privateEntryProblems, type CheckedEntry, type CheckProblem } from '../core/entries/journal-check.js';
import { attachmentProblems } from '../core/evidence/attachment-check.js';
import type { CountingFacts, ScanCache } from '../core/ports.js';
import { isBlocking, type Finding } from '../core/privacy/kinds.js';
import type { PrivacyScanner } from '../core/privacy/scanner.js';
import { KeyUnavailableError, LockedFileError, UsageError } from '../errors.js';
import { splitLockedFile } from '../core/lock/locked-file.js';
import { messages } from '../ui/messages.js';
import type { JournalPorts, WorkspacePorts } from './context.js';

export interface CheckOptions {
  paths: string[];
  staged?: boolean | undefined;
  /** Low-confidence findings block too (by default they are warnings). */
  strict?: boolean | undefined;
}

/** Something worth fixing that does not fail `check`: the totals would leave it out or count less than written. */
export interface CheckWarning {
  file: string;
  line: number;
  kind: 'activity-not-recognised' | 'participatory-over-hours';
  message: string;
}

export interface CheckReport {
  /** Nothing blocks: no problem, and no finding of medium or high confidence (of any confidence with `strict`). */
  ok: boolean;
  findings: Finding[];
  /** The findings that make the check fail: medium and high, or all of them under `strict`. */
  blocking: Finding[];
  problems: CheckProblem[];
  /** Warnings about how the journal's profile counts an entry; they never make `ok` false. */
  warnings: CheckWarning[];
  /** How many files were read. */
  files: number;
}

/**
 * The journal `check` works in, when there is one: its settings, its entry files as they are on disk, and (when
 * there is an index and a scan cache) both, so an unchanged file is not read or scanned again.
 */
export type CheckJournal = Pick<JournalPorts, 'root' | 'entryFiles' | 'profiles' | 'modes'> & { config: Pick<JournalConfig, 'mode' | 'profile'> } & Partial<
    Pick<JournalPorts, 'attachmentFiles' | 'locking' | 'journal' | 'scanCache'>
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
 * What the counting warnings and the attachment check need of an entry, taken when its text is read: kept with the
 * file's cached results, so that a file unchanged since is not read again, while the warnings follow the profile
 * and the attachments as they are now.
 */
function countingFactsOf(entry: Entry, text: string): CountingFacts {
  const { status, activity, template, hours, participatory } = entry.meta;
  const lines = { activity: lineOfKey(text, 'activity'), participatory: lineOfKey(text, 'participatory'), attachments: lineOfKey(text, 'attachments') };
  return { status, activity, template, hours, participatory, lines, ...(entry.frontMatter.attachments === undefined ? {} : { attachments: entry.frontMatter.attachments }) };
}

/**
 * How the journal's profile would count an entry, where that is not what its author likely meant (issue 12): an
 * activity the profile does not recognise (not counted in any total), participatory hours over the hours.
 * Unfinished notes are left alone: they are not counted until they are finished.
 */
function countingWarnings(file: string, facts: CountingFacts, profile: Profile): CheckWarning[] {
  const warnings: CheckWarning[] = [];
  if (facts.status === 'draft') return warnings;
  const activity = facts.activity;
  if (activity && !activityTypeOf(profile, activity) && !activityOfTemplate(profile, facts.template)) {
    warnings.push({ file, line: facts.lines.activity, kind: 'activity-not-recognised', message: messages.activityNotRecognised(activity, profile.id) });
  }
  const participatory = facts.participatory;
  if (typeof participatory === 'number' && participatory > participatoryHours(facts)) {
    warnings.push({ file, line: facts.lines.participatory, kind: 'participatory-over-hours', message: messages.participatoryOverHours(participatory, facts.hours ?? 0) });
  }
  return warnings;
}

/** Warnings and attachment problems of one parsed entry, from its counting facts. */
async function entryFactsProblems(journal: CheckJournal, file: string, id: string, facts: CountingFacts, profile: Profile) {
  const warnings = countingWarnings(file, facts, profile);
  // issue 18: every attachment the entry records is there, unchanged
  const problems =
    journal.attachmentFiles && facts.attachments !== undefined
      ? await attachmentProblems({ path: file, meta: { id }, frontMatter: { attachments: facts.attachments } }, storedCopy(journal.attachmentFiles), facts.lines.attachments)
      : [];
  return { warnings, problems };
}

/** Every entry of the journal: identifiers, parse problems, conflict markers, duplicate ids, private entries in git. */
async function checkJournal(ctx: Pick<CheckPorts, 'git'>, journal: CheckJournal, scanner: PrivacyScanner): Promise<CheckReport> {
  if (journal.journal && journal.scanCache) {
    const cached = await checkJournalCached(ctx, journal, journal.journal, await journal.scanCache(), scanner);
    if (cached) return cached;
  }
  return checkJournalFiles(ctx, journal, scanner);
}

/**
 * The same check through the index and the scan cache: a file whose fingerprint (as the index holds it, the index
 * having just been brought up to date) has results kept is neither read nor scanned, and a journal unchanged since
 * its last whole check (the same index state) takes its list of files from the cache without decoding the index.
 * Undefined when the index cannot list its files (an index held in memory).
 */
async function checkJournalCached(
  ctx: Pick<CheckPorts, 'git'>,
  journal: CheckJournal,
  index: NonNullable<CheckJournal['journal']>,
  cache: ScanCache,
  scanner: PrivacyScanner,
): Promise<CheckReport | undefined> {
  // Locked entries are checked on their own (checkLocked), never through the index.
  const snapshot = await index.sync({ locked: 'none' });
  const unchanged = snapshot.state !== undefined && cache.checkedState() === snapshot.state;
  const files: readonly { path: string; hash?: string | undefined; refused?: string | undefined }[] | undefined = unchanged ? cache.files() : snapshot.files?.();
  if (!files || snapshot.state === undefined) return undefined;
  const findings: Finding[] = [];
  const problems: CheckProblem[] = [];
  const warnings: CheckWarning[] = [];
  const profile = await journal.profiles.get(journal.config.profile);
  const entries: CheckedEntry[] = [];
  let count = 0;
  for (const file of files) {
    let result = file.hash !== undefined ? cache.get(file.path, file.hash) : undefined;
    if (!result?.check) {
      if (file.refused !== undefined) {
        result = { findings: [], check: { problems: [{ line: 1, kind: 'unreadable', message: file.refused }], refused: true } };
        cache.set(file.path, '', result);
      } else {
        let text: string;
        try {
          text = await index.readText(file.path);
        } catch (error) {
          problems.push({ file: file.path, line: 1, kind: 'unreadable', message: messages.describeError(error) });
          continue;
        }
        const checked = checkEntryText(file.path, text);
        result = {
          findings: scanner.scanEntryFile(text, file.path).map(({ file: _file, ...finding }) => finding),
          check: {
            problems: checked.problems.map(({ file: _file, ...problem }) => problem),
            id: checked.entry?.meta.id,
            visibility: checked.entry?.meta.visibility,
            counting: checked.entry && countingFactsOf(checked.entry, text),
          },
        };
        cache.set(file.path, cache.fingerprint(text), result);
      }
    }
    const check = result.check as NonNullable<typeof result.check>;
    if (!check.refused) count++;
    for (const finding of result.findings) findings.push({ file: file.path, ...finding });
    for (const problem of check.problems) problems.push({ file: file.path, ...problem });
    if (check.id !== undefined) entries.push({ path: file.path, meta: { id: check.id, visibility: check.visibility as CheckedEntry['meta']['visibility'] } });
    if (check.id !== undefined && check.counting) {
      const more = await entryFactsProblems(journal, file.path, check.id, check.counting, profile);
      warnings.push(...more.warnings);
      problems.push(...more.problems);
    }
  }
  const locked = await checkWholeJournal(ctx, journal, scanner, { findings, problems, entries });
  await cache.save({ state: snapshot.state, files: new Set(files.map((f) => f.path)) });
  return report(findings, problems, count + locked.files, warnings);
}

/** The same check reading every file (no index that can list its files). */
async function checkJournalFiles(ctx: Pick<CheckPorts, 'git'>, journal: CheckJournal, scanner: PrivacyScanner): Promise<CheckReport> {
  const listed = await journal.entryFiles.list();
  const findings: Finding[] = [];
  const problems: CheckProblem[] = listed.problems.map((p) => ({ file: p.path, line: p.line, kind: 'unreadable', message: p.message }));
  const warnings: CheckWarning[] = [];
  const profile = await journal.profiles.get(journal.config.profile);
  const entries: Entry[] = [];
  for (const file of listed.files) {
    let text: string;
    try {
      text = await journal.entryFiles.read(file.path);
    } catch (error) {
      // Not UTF-8, or refused (a link): a problem to report, and the other files are still checked.
      problems.push({ file: file.path, line: 1, kind: 'unreadable', message: error instanceof Error ? error.message : String(error) });
      continue;
    }
    findings.push(...scanner.scanEntryFile(text, file.path));
    const checked = checkEntryText(file.path, text);
    problems.push(...checked.problems);
    if (checked.entry) {
      entries.push(checked.entry);
      const more = await entryFactsProblems(journal, file.path, checked.entry.meta.id, countingFactsOf(checked.entry, text), profile);
      warnings.push(...more.warnings);
      problems.push(...more.problems);
    }
  }
  const locked = await checkWholeJournal(ctx, journal, scanner, { findings, problems, entries });
  return report(findings, problems, listed.files.length + locked.files, warnings);
}

/** What only the whole journal shows: locked entries, one id in two files, tracked private entries, open modes. */
async function checkWholeJournal(ctx: Pick<CheckPorts, 'git'>, journal: CheckJournal, scanner: PrivacyScanner, into: { findings: Finding[]; problems: CheckProblem[]; entries: CheckedEntry[] }) {
  const { findings, problems, entries } = into;
  const locked = journal.locking ? await checkLocked(journal.locking, scanner) : { findings: [], problems: [], entries: [], files: 0 };
  findings.push(...locked.findings);
  problems.push(...locked.problems);
  entries.push(...locked.entries);
  problems.push(...duplicateIdProblems(entries));
  if (journal.config.mode === 'team') {
    problems.push(...privateEntryProblems(entries, await ctx.git.trackedFiles(journal.root, 'private')));
  }
  problems.push(...(await exposedProblems(journal)));
  return { files: locked.files };
}

/** Records other users of this computer can read (issue 14): `mindlines doctor` makes them private. */
async function exposedProblems(journal: CheckJournal): Promise<CheckProblem[]> {
  return (await journal.modes.exposed()).map((exposed) => ({ file: exposed.path, line: 1, kind: 'readable-by-others', message: messages.readableByOthers(exposed.mode) }));
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
  // Every staged file that has text (issue 13): Markdown, CSV, JSON, files without an extension, UTF-16, and the
  // text of Word documents; binary files have none to scan.
  const staged = await ctx.git.stagedFiles(top);
  const findings: Finding[] = [];
  const problems: CheckProblem[] = [];
  const stagedEntries: Entry[] = [];
  let scanned = 0;
  for (const file of staged) {
    const display = relativeTo(top, base, file);
    const document = await ctx.git.stagedDocument(top, file);
    if (!document) continue;
    scanned++;
    const text = document.text;
    const found = document.format === 'utf-8' ? scanner.scanEntryFile(text, display) : scanner.scanText(text, display);
    // The journal's settings list the names it always catches (privacy.names): there they are the list, not a leak.
    findings.push(...(display === 'mindlines.yaml' ? found.filter((f) => f.reason !== 'deny-list') : found));
    if (document.format !== 'utf-8') continue;
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
  return report(findings, problems, scanned);
}

/** Whether a finding stops a check: medium and high always; low ones only under --strict (issue 13). */
export const blocks = isBlocking;

function report(findings: Finding[], problems: CheckProblem[], files: number, warnings: CheckWarning[] = [], strict?: boolean): CheckReport {
  const order = (a: { file: string; line: number }, b: { file: string; line: number }) => a.file.localeCompare(b.file) || a.line - b.line;
  findings.sort((a, b) => order(a, b) || a.column - b.column);
  problems.sort(order);
  warnings.sort(order);
  const blocking = findings.filter((f) => blocks(f, strict));
  return { ok: blocking.length === 0 && problems.length === 0, findings, blocking, problems, warnings, files };
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
  const result = opts.staged
    ? await checkStaged(ctx, scanner)
    : opts.paths.length > 0
      ? await checkPaths(ctx, scanner, opts.paths)
      : await checkJournal(ctx, ctx.journal as CheckJournal, scanner);
  return opts.strict ? report(result.findings, result.problems, result.files, result.warnings, true) : result;
}
