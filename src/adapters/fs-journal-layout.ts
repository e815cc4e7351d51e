import { promises as fs } from 'node:fs';
import path from 'node:path';
import { CONFIG_FILE, defaultConfig, parseConfig, serializeConfig, type JournalConfig, type JournalMode } from '../config/journal-config.js';
import { CHANGE_TRAILER, CREATION_CHANGE } from '../core/history/change-log.js';
import { CONFLICT_COPY_IGNORE } from '../core/team/conflict-copy.js';
import { StorageError } from '../errors.js';
import { messages } from '../ui/messages.js';
import { createFileExclusive, replaceFile, readTextIfExists } from './atomic-file.js';
import { gitInit, isInsideWorkTree } from './git-cli.js';

export interface InitOptions {
  root: string;
  mode?: JournalMode | undefined;
  profile?: string | undefined;
  name?: string | undefined;
  /** MM-DD (the first run's answer, issue 17). */
  yearStart?: string | undefined;
  /** Whose evidence the journal holds: printed on every page of the CPD summaries. */
  registrant?: { name?: string | undefined; registrationNumber?: string | undefined } | undefined;
}

export interface InitResult {
  config: JournalConfig;
  /** True when this call wrote mindlines.yaml. */
  createdConfig: boolean;
  /** What this call added (files, folders, git repository), for the message. */
  made: string[];
  gitInitialised: boolean;
}

const GITATTRIBUTES = ['*.md text eol=lf', '*.yaml text eol=lf'];

function ignoreLines(mode: JournalMode): string[] {
  // Conflict copies (core/conflict-copy.ts) are kept on this computer until someone resolves them.
  return [...(mode === 'team' ? ['.mindlines/', 'private/'] : ['.mindlines/']), ...CONFLICT_COPY_IGNORE];
}

/** Adds any of `lines` missing from a line-based file (.gitignore, .gitattributes), keeping what is there. */
async function ensureLines(file: string, lines: string[], header: string): Promise<boolean> {
  const existing = await readTextIfExists(file);
  if (existing === undefined) {
    await createFileExclusive(file, `${header}\n${lines.join('\n')}\n`, 0o644);
    return true;
  }
  const present = new Set(existing.split(/\r?\n/).map((l) => l.trim()));
  const missing = lines.filter((l) => !present.has(l) && !present.has(l.replace(/\/$/, '')));
  if (missing.length === 0) return false;
  const joined = `${existing}${existing.endsWith('\n') || existing === '' ? '' : '\n'}${missing.join('\n')}\n`;
  await replaceFile(file, joined);
  return true;
}

/** The journal's first commit: its settings and git files, marked as mindlines' creation (never undone). */
async function commitCreation(root: string, config: JournalConfig): Promise<void> {
  const { GitHistory } = await import('./git-history.js');
  const message = `mindlines: create the journal\n\n${CHANGE_TRAILER}: ${CREATION_CHANGE}\n`;
  const fallback = { name: config.registrant.name ?? 'mindlines', email: 'mindlines@localhost' };
  await new GitHistory(root).commit([CONFIG_FILE, '.gitignore', '.gitattributes'], message, fallback);
}

export async function loadConfig(root: string): Promise<JournalConfig> {
  const text = await fs.readFile(path.join(root, CONFIG_FILE), 'utf8');
  return parseConfig(text, path.join(root, CONFIG_FILE));
}

/**
 * Makes `root` a journal: mindlines.yaml, entries/, .gitignore (.mindlines/, and private/ in team mode),
 * .gitattributes, and a git repository when the folder is not inside one. Idempotent: what exists is kept.
 */
export async function initJournal(options: InitOptions): Promise<InitResult> {
  const root = options.root;
  const existing = await fs.stat(root).catch(() => undefined);
  if (existing && !existing.isDirectory()) throw new StorageError(root, messages.journalIsFile(root));
  await fs.mkdir(root, { recursive: true });
  const made: string[] = [];
  const configPath = path.join(root, CONFIG_FILE);
  const existingText = await readTextIfExists(configPath);
  let config: JournalConfig;
  let createdConfig = false;
  if (existingText === undefined) {
    config = defaultConfig({
      name: options.name ?? path.basename(root),
      mode: options.mode,
      profile: options.profile,
      yearStart: options.yearStart,
      registrant: options.registrant,
    });
    await createFileExclusive(configPath, serializeConfig(config), 0o644);
    made.push(CONFIG_FILE);
    createdConfig = true;
  } else {
    config = parseConfig(existingText, configPath);
  }
  const entries = path.join(root, 'entries');
  const hadEntries = await fs.stat(entries).then(
    () => true,
    () => false,
  );
  if (!hadEntries) {
    // Owner-only: file names carry titles (issue 14).
    await fs.mkdir(entries, { recursive: true, mode: 0o700 });
    made.push('entries/');
  }
  if (await ensureLines(path.join(root, '.gitignore'), ignoreLines(config.mode), '# mindlines: machine-local files, never committed')) {
    made.push('.gitignore');
  }
  if (await ensureLines(path.join(root, '.gitattributes'), GITATTRIBUTES, '# mindlines: stable line endings for entries')) {
    made.push('.gitattributes');
  }
  let gitInitialised = false;
  if (!(await isInsideWorkTree(root))) {
    await gitInit(root);
    gitInitialised = true;
    made.push('git repository');
    // The repository is the journal's own: its first commit is the journal itself (issue 17), so `history` starts
    // there and every later change can be undone back to it.
    if (config.mode === 'personal' && config.autoCommit) await commitCreation(root, config);
  }
  return { config, createdConfig, made, gitInitialised };
}

/**
 * Records the journal's format in mindlines.yaml (`version: N`), changing that one line (or adding it first) and
 * leaving the person's comments and settings as they are; replaced atomically.
 */
export async function recordJournalFormat(root: string, version: number): Promise<void> {
  const file = path.join(root, CONFIG_FILE);
  const text = await fs.readFile(file, 'utf8');
  const line = `version: ${version}`;
  const next = /^version:.*$/m.test(text) ? text.replace(/^version:.*$/m, line) : `${line}\n${text}`;
  await replaceFile(file, next);
}
