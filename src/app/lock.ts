import { readEntry } from '../core/entries/entry.js';
import { lockedEntryPath, splitLockedFile } from '../core/lock/locked-file.js';
import type { LockSettings } from '../core/lock/settings.js';
import { KeyUnavailableError, LockedFileError, UsageError } from '../errors.js';
import { messages } from '../ui/messages.js';
import type { JournalPorts } from './context.js';

export type LockPorts = Pick<JournalPorts, 'entryFiles' | 'clock' | 'locking'>;

export interface LockOptions {
  /** Keep (true) or stop keeping (false) locked entries' front matter in the clear; default: as before (not). */
  clearFrontMatter?: boolean | undefined;
  /** An age identity file to lock to, instead of a new key (first lock only). */
  identity?: string | undefined;
}

export interface LockResult {
  /** The key made (with its secret, shown once) or adopted by this lock; undefined when the journal had one. */
  key?: { keyFile: string; secret?: string };
  settings: LockSettings;
  /** Where the settings are kept. */
  settingsAt: string;
  /** Files written by this lock (plain private entries, now locked). */
  locked: string[];
  /** Entries that were locked already. */
  already: number;
  /** Locked entries rewritten to keep (or stop keeping) their front matter in the clear. */
  resealed: number;
  problems: { path: string; message: string }[];
}

const folderOf = (path: string): 'entries' | 'private' => (path.startsWith('private/') ? 'private' : 'entries');

/**
 * `mindlines lock`: makes the journal's key on first use (or adopts the person's own age identity), records the
 * settings, and locks every private entry: each is encrypted to the key's recipient, decrypted again to check,
 * written whole as `<folder>/<ID>.md.age`, and only then is the plain file removed, so an interruption leaves the
 * plain file or both, never neither (running lock again finishes the job: the plain copy wins). Then the index
 * files are deleted, so no text of a locked entry stays in them. Writing needs no passphrase; only rewriting
 * locked entries (when the clear-front-matter choice changes) opens the key.
 */
export async function lockJournal(ctx: LockPorts, options: LockOptions = {}): Promise<LockResult> {
  let settings = ctx.locking.settings();
  let key: LockResult['key'];
  if (settings && options.identity) throw new UsageError(messages.lockWithIdentityAndKey);
  if (!settings) {
    const made: { recipient: string; keyFile: string; secret?: string } = options.identity
      ? await ctx.locking.adoptKey(options.identity)
      : await ctx.locking.createKey(ctx.clock.now());
    key = { keyFile: made.keyFile, ...(made.secret ? { secret: made.secret } : {}) };
    settings = { recipient: made.recipient, ...(options.identity ? { identity: made.keyFile } : {}), locked: true, clearFrontMatter: false };
  }
  const previousClear = settings.clearFrontMatter;
  settings = { ...settings, locked: true, clearFrontMatter: options.clearFrontMatter ?? settings.clearFrontMatter };
  // Recorded first: from here on every new private entry is written locked, whoever writes it.
  const settingsAt = await ctx.locking.saveSettings(settings);
  await ctx.locking.markBinary();
  const before = await ctx.locking.locked();
  const lockedById = new Map(before.map((f) => [f.id, f.path]));
  const result: LockResult = { key, settings, settingsAt, locked: [], already: 0, resealed: 0, problems: [] };
  const { files } = await ctx.entryFiles.list();
  for (const file of files) {
    const text = await ctx.entryFiles.read(file.path);
    const read = readEntry(file.path, text);
    if (!read.ok) {
      if (file.path.startsWith('private/')) result.problems.push({ path: file.path, message: read.problem.message });
      continue;
    }
    if (read.entry.meta.visibility !== 'private') continue;
    const target = lockedEntryPath(folderOf(file.path), read.entry.meta.id);
    const sealed = await ctx.locking.seal(text, settings);
    // A locked copy left by an interrupted lock is replaced: the plain entry is the one to keep.
    const leftover = lockedById.get(read.entry.meta.id) === target ? await ctx.locking.raw(target) : undefined;
    await ctx.locking.writeLocked(target, sealed, leftover);
    await ctx.locking.remove(file.path);
    lockedById.delete(read.entry.meta.id);
    result.locked.push(target);
  }
  const untouched = before.filter((f) => lockedById.has(f.id));
  result.already = untouched.length;
  if (settings.clearFrontMatter !== previousClear) {
    for (const file of untouched) {
      const raw = await ctx.locking.raw(file.path);
      if ((splitLockedFile(raw)?.head !== undefined) === settings.clearFrontMatter) continue;
      const text = await ctx.locking.open(file.path);
      await ctx.locking.writeLocked(file.path, await ctx.locking.seal(text, settings), raw);
      result.resealed++;
    }
  }
  await ctx.locking.purgeIndex();
  return result;
}

export interface UnlockResult {
  /** Plain files written back. */
  unlocked: string[];
  /** Locked files that could not be decrypted (damaged): left exactly as they were. */
  problems: { path: string; message: string }[];
}

/**
 * `mindlines unlock`: decrypts every locked entry back to a plain Markdown file at its usual name, removing the
 * locked file only once the plain one is written (so an interruption leaves both, and the plain one wins), and
 * stops locking new private entries. The key is kept for the next lock. A locked file that fails authentication is
 * reported and left as it is; a wrong passphrase stops everything before anything changes.
 */
export async function unlockJournal(ctx: LockPorts): Promise<UnlockResult> {
  const settings = ctx.locking.settings();
  const files = await ctx.locking.locked();
  if (!settings) {
    if (files.length === 0) throw new UsageError(messages.unlockNotLocked);
    throw new KeyUnavailableError(messages.keyFileMissing('(no key is recorded for this journal)'), { hint: messages.keyFileMissingHint });
  }
  const plain = new Set<string>();
  for (const file of (await ctx.entryFiles.list()).files) {
    const read = readEntry(file.path, await ctx.entryFiles.read(file.path));
    if (read.ok) plain.add(read.entry.meta.id);
  }
  const { entryPathFor } = await import('../core/entries/entry-path.js');
  const result: UnlockResult = { unlocked: [], problems: [] };
  for (const file of files) {
    if (plain.has(file.id)) {
      await ctx.locking.remove(file.path);
      continue;
    }
    let text: string;
    try {
      text = await ctx.locking.open(file.path);
    } catch (error) {
      if (!(error instanceof LockedFileError)) throw error;
      result.problems.push({ path: file.path, message: error.reason });
      continue;
    }
    const read = readEntry(file.path, text);
    if (!read.ok) {
      result.problems.push({ path: file.path, message: `${read.problem.message} (line ${read.problem.line} of the decrypted entry)` });
      continue;
    }
    const target = entryPathFor(read.entry.meta.date, read.entry.meta.title, read.entry.meta.id, folderOf(file.path));
    await ctx.locking.createPlain(target, text);
    await ctx.locking.remove(file.path);
    result.unlocked.push(target);
  }
  if (result.problems.length === 0) await ctx.locking.saveSettings({ ...settings, locked: false });
  return result;
}
