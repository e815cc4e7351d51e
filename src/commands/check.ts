import path from 'node:path';
import { FsEntryStore } from '../adapters/fs-entry-store.js';
import { loadConfig } from '../adapters/fs-journal-layout.js';
import { collectTextFiles, readTextFile } from '../adapters/fs-text-files.js';
import { gitTopLevel, relativeTo, stagedFiles, stagedText, trackedFiles } from '../adapters/git-index.js';
import { discoverJournal } from '../config/discovery.js';
import type { JournalConfig } from '../config/journal-config.js';
import { homeDir, type GlobalOptions, type Runtime } from '../container.js';
import type { Entry } from '../core/entries/entry.js';
import {
  checkEntryText,
  conflictProblems,
  duplicateIdProblems,
  privateEntryProblems,
  type CheckProblem,
} from '../core/entries/journal-check.js';
import { scanEntryFile, type Finding, type ScanOptions } from '../core/privacy/scan.js';
import { PiiFoundError, UsageError } from '../errors.js';
import { messages } from '../ui/messages.js';
import type { Ui } from '../ui/output.js';

export interface CheckOptions {
  paths: string[];
  staged?: boolean | undefined;
}

export interface CheckReport {
  ok: boolean;
  findings: Finding[];
  problems: CheckProblem[];
  /** How many files were read. */
  files: number;
}

interface JournalInfo {
  root: string;
  config: JournalConfig;
}

/** The journal `check` works in, if there is one; unlike other commands it never creates the default journal. */
async function findJournal(runtime: Runtime, globals: GlobalOptions): Promise<JournalInfo | undefined> {
  const discovered = discoverJournal({ flag: globals.journal, env: runtime.env, cwd: runtime.cwd, home: homeDir(runtime.env) });
  if (!discovered.exists) {
    if (discovered.source === 'flag' || discovered.source === 'env') throw new UsageError(messages.journalMissing(discovered.root));
    return undefined;
  }
  return { root: discovered.root, config: await loadConfig(discovered.root) };
}

const scanOptions = (journal: JournalInfo | undefined): ScanOptions => ({
  names: journal?.config.privacy.names ?? [],
  allow: journal?.config.privacy.allow ?? [],
});

/** Whether a journal-relative path is an entry file (under entries/ or private/). */
const isEntryPath = (rel: string) => /^(?:entries|private)\/.+\.md$/.test(rel);

/** Every entry of the journal: identifiers, parse problems, conflict markers, duplicate ids, private entries in git. */
async function checkJournal(journal: JournalInfo): Promise<CheckReport> {
  const store = new FsEntryStore(journal.root);
  const listed = await store.list();
  const findings: Finding[] = [];
  const problems: CheckProblem[] = listed.problems.map((p) => ({ file: p.path, line: p.line, kind: 'unreadable', message: p.message }));
  const entries: Entry[] = [];
  const options = scanOptions(journal);
  for (const file of listed.files) {
    const text = await store.read(file.path);
    findings.push(...scanEntryFile(text, file.path, options));
    const checked = checkEntryText(file.path, text);
    problems.push(...checked.problems);
    if (checked.entry) entries.push(checked.entry);
  }
  problems.push(...duplicateIdProblems(entries));
  if (journal.config.mode === 'team') {
    problems.push(...privateEntryProblems(entries, await trackedFiles(journal.root, 'private')));
  }
  return report(findings, problems, listed.files.length);
}

/** Markdown and text files or folders given on the command line (a blog draft, an export). */
async function checkPaths(runtime: Runtime, journal: JournalInfo | undefined, inputs: string[]): Promise<CheckReport> {
  const { files, problems: missing } = await collectTextFiles(runtime.cwd, inputs);
  const findings: Finding[] = [];
  const problems: CheckProblem[] = missing.map((p) => ({ file: p.display, line: 1, kind: 'unreadable', message: p.message }));
  const entries: Entry[] = [];
  const options = scanOptions(journal);
  for (const file of files) {
    let text: string;
    try {
      text = await readTextFile(file.absolute);
    } catch (error) {
      problems.push({ file: file.display, line: 1, kind: 'unreadable', message: messages.describeError(error) });
      continue;
    }
    findings.push(...scanEntryFile(text, file.display, options));
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

/** What the next commit would hold: the staged version of each staged text file (the pre-commit hook runs this). */
async function checkStaged(runtime: Runtime, journal: JournalInfo | undefined): Promise<CheckReport> {
  const base = journal?.root ?? runtime.cwd;
  const top = await gitTopLevel(base);
  if (!top) throw new UsageError(messages.checkNotInGit(base));
  const staged = (await stagedFiles(top)).filter((file) => /\.(?:md|markdown|txt)$/i.test(file));
  const findings: Finding[] = [];
  const problems: CheckProblem[] = [];
  const stagedEntries: Entry[] = [];
  const options = scanOptions(journal);
  for (const file of staged) {
    const display = relativeTo(top, base, file);
    const text = await stagedText(top, file);
    findings.push(...scanEntryFile(text, display, options));
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
    const store = new FsEntryStore(journal.root);
    const others: Entry[] = [];
    for (const file of (await store.list()).files) {
      if (stagedEntries.some((e) => e.path === file.path)) continue;
      const checked = checkEntryText(file.path, await store.read(file.path));
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

function report(findings: Finding[], problems: CheckProblem[], files: number): CheckReport {
  const order = (a: { file: string; line: number }, b: { file: string; line: number }) => a.file.localeCompare(b.file) || a.line - b.line;
  findings.sort((a, b) => order(a, b) || a.column - b.column);
  problems.sort(order);
  return { ok: findings.length === 0 && problems.length === 0, findings, problems, files };
}

function print(ui: Ui, json: boolean, result: CheckReport): void {
  if (json) {
    ui.json({ ok: result.ok, findings: result.findings, problems: result.problems });
    return;
  }
  const lines = [
    ...result.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.kind} ${JSON.stringify(f.text)}`),
    ...result.problems.map((p) => `${p.file}:${p.line}: ${p.message}`),
  ];
  if (lines.length > 0) ui.data(ui.safe(lines.join('\n')));
}

/**
 * `mindlines check [PATH...] [--staged]`: identifiers and broken files. Exit 1 (PiiFoundError) when anything is
 * found, so scripts and the pre-commit hook can stop on it.
 */
export async function runCheck(opts: CheckOptions, runtime: Runtime, globals: GlobalOptions, ui: Ui): Promise<CheckReport> {
  if (opts.staged && opts.paths.length > 0) throw new UsageError(messages.checkStagedWithPaths);
  const journal = await findJournal(runtime, globals);
  let result: CheckReport;
  if (opts.staged) result = await checkStaged(runtime, journal);
  else if (opts.paths.length > 0) result = await checkPaths(runtime, journal, opts.paths);
  else {
    if (!journal) {
      const discovered = discoverJournal({ flag: globals.journal, env: runtime.env, cwd: runtime.cwd, home: homeDir(runtime.env) });
      throw new UsageError(messages.journalMissing(discovered.root), { hint: messages.checkNoJournalHint });
    }
    result = await checkJournal(journal);
  }
  print(ui, Boolean(globals.json), result);
  if (!result.ok) {
    const files = new Set([...result.findings.map((f) => f.file), ...result.problems.map((p) => p.file)]).size;
    throw new PiiFoundError(messages.checkFound(result.findings.length, result.problems.length, files), {
      hint: result.findings.length > 0 ? messages.checkFoundHint : undefined,
    });
  }
  ui.success(messages.checkClean(result.files, Boolean(opts.staged)));
  return result;
}
