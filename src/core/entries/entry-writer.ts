import { createHash } from 'node:crypto';
import { rewriteFrontMatter, serializeEntryText } from '../../codecs/entry-file.js';
import { formatTimestamp } from '../../codecs/dates.js';
import { UsageError } from '../../errors.js';
import type { ChangeRecorder, ChangeVerb } from '../history/change-log.js';
import type { Finding } from '../privacy/kinds.js';
import type { Clock, EntryStore } from '../ports.js';
import { isLockedPath, lockedEntryPath } from '../lock/locked-file.js';
import type { BuiltEntry } from '../reflection/reflection.js';
import { readEntry, type Entry } from './entry.js';
import type { Visibility } from './vocabulary.js';

/** What is about to be written: the whole text of an entry file and the journal-relative path it will have. */
export interface PendingWrite {
  path: string;
  text: string;
  /** A new file, a file's new text, or the same text under a new name (a rename or a visibility move). */
  action: 'create' | 'replace' | 'move';
}

/**
 * Runs on everything the writer is about to write, before it is written: the privacy check on the text and on the
 * file name (a slug made from a title can hold a name). It reports what it finds; what a finding then does (warn
 * at capture, refuse under --strict) is the privacy policy's to decide (issue 13), and a guard may throw to refuse.
 */
export interface WriteGuard {
  check(write: PendingWrite): Promise<Finding[]>;
}

/** An entry as written, with what the guard found in it (empty when clean). */
export interface SavedEntry {
  entry: Entry;
  findings: Finding[];
}

export interface EntryWriterDeps {
  mode: 'personal' | 'team';
  store: EntryStore;
  clock: Clock;
  guard: WriteGuard;
  /** Told of every file written, moved or removed, so the command's end can commit them (issue 17). */
  changes?: ChangeRecorder | undefined;
  /**
   * Whether an entry of this visibility is stored encrypted (issue 18: after `mindlines lock`, private ones are).
   * Its file is then `<folder>/<ID>.md.age`, and the store encrypts what is written there.
   */
  locks?: ((visibility: Visibility | undefined) => boolean) | undefined;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * The one way an entry file is written: create, replace, move. Every method reads its own output back (a file we
 * write always parses) and passes the text and path through the WriteGuard first, so no command can write an entry
 * without the privacy check seeing it. The Journal reads; this writes.
 */
export class EntryWriter {
  constructor(private readonly deps: EntryWriterDeps) {}

  private async guarded(write: PendingWrite): Promise<Finding[]> {
    return this.deps.guard.check(write);
  }

  private noted(verb: ChangeVerb, entry: Pick<Entry, 'meta'>, ...paths: string[]): void {
    this.deps.changes?.note({ verb, paths, id: entry.meta.id, title: entry.meta.title });
  }

  /** Writes a new entry file (never overwriting one) and returns the entry as read back from its text. */
  async create(built: BuiltEntry): Promise<SavedEntry> {
    const fm = built.frontMatter;
    const folder = this.folderFor(fm.visibility as Visibility | undefined);
    const path = await this.pathFor({ id: String(fm.id), date: String(fm.date), title: String(fm.title) }, fm.visibility as Visibility | undefined, folder);
    const text = serializeEntryText(fm, built.body);
    // Read our own output back before writing it, so a file we write always parses.
    const check = readEntry(path, text);
    if (!check.ok) throw new UsageError(`the new entry would not be valid: ${check.problem.message}`);
    const findings = await this.guarded({ path, text, action: 'create' });
    await this.deps.store.create(path, text);
    this.noted('add', check.entry, path);
    return { entry: check.entry, findings };
  }

  /**
   * Changes some front-matter keys of an entry in place, leaving every other byte as it was, and stamps `updated`.
   * Fails with a ConflictError if the file changed since it was read.
   */
  async updateFrontMatter(entry: Entry, changes: Record<string, unknown>): Promise<SavedEntry> {
    const before = await this.deps.store.read(entry.path);
    const after = rewriteFrontMatter(before, { ...changes, updated: formatTimestamp(this.deps.clock.now()) });
    const check = readEntry(entry.path, after);
    if (!check.ok) throw new UsageError(`the change would leave ${entry.path} invalid: ${check.problem.message}`);
    const findings = await this.guarded({ path: entry.path, text: after, action: 'replace' });
    await this.deps.store.replace(entry.path, after, before);
    this.noted('update', check.entry, entry.path);
    return { entry: check.entry, findings };
  }

  /**
   * Replaces the whole text of an entry (after `edit`, or a quick note grown by `reflect`), but only if the file
   * still has the SHA-256 `expectedHash` it had when the work started; otherwise a ConflictError, with the new
   * text saved beside the entry so nothing is lost. The new text must parse as an entry.
   */
  async replaceText(path: string, text: string, expectedHash: string): Promise<SavedEntry> {
    const check = readEntry(path, text);
    if (!check.ok) throw new UsageError(`${path}:${check.problem.line}: ${check.problem.message}`);
    const findings = await this.guarded({ path, text, action: 'replace' });
    const before = await this.deps.store.read(path);
    const unchanged = sha256(before) === expectedHash;
    // The store compares the file with `expected` just before the rename; a text that cannot match makes it keep
    // the file, write our text beside it as a conflict copy, and throw.
    await this.deps.store.replace(path, text, unchanged ? before : `${before}\u0000changed`);
    this.noted('update', check.entry, path);
    return { entry: check.entry, findings };
  }

  /** Where an entry's file goes: a locked file named by its id, or `<folder>/YYYY/MM/<date>-<slug>-<short id>.md`. */
  private async pathFor(meta: { id: string; date: string; title: string }, visibility: Visibility | undefined, folder: 'entries' | 'private'): Promise<string> {
    if (this.deps.locks?.(visibility)) return lockedEntryPath(folder, meta.id);
    // Loaded here, not at the top: slugify builds large tables when it loads, and reading commands never need it.
    const { entryPathFor } = await import('./entry-path.js');
    return entryPathFor(meta.date, meta.title, meta.id, folder);
  }

  /** The folder an entry of this visibility belongs in: `private/` (git-ignored) for private entries in a team journal. */
  folderFor(visibility: Visibility | undefined): 'entries' | 'private' {
    return this.deps.mode === 'team' && visibility === 'private' ? 'private' : 'entries';
  }

  /**
   * Sets an entry's visibility (hash-checked, like every rewrite), then moves the file to the folder that
   * visibility belongs in: in a team journal a private entry lives under git-ignored `private/`, a team or public
   * one under `entries/`. Running it again on an entry in the wrong folder moves it. The findings are those of the
   * entry where it ends up.
   */
  async setVisibility(entry: Entry, visibility: Visibility): Promise<SavedEntry & { changed: boolean; movedFrom?: string }> {
    let current: SavedEntry = { entry, findings: [] };
    const changed = entry.meta.visibility !== visibility;
    if (changed) current = await this.updateFrontMatter(entry, { visibility });
    const folder = this.folderFor(visibility);
    const locked = Boolean(this.deps.locks?.(visibility));
    if (current.entry.path.startsWith(`${folder}/`) && isLockedPath(current.entry.path) === locked) return { ...current, changed };
    const from = current.entry.path;
    const target = await this.pathFor(current.entry.meta, visibility, folder);
    const findings = await this.guarded({ path: target, text: await this.deps.store.read(from), action: 'move' });
    await this.deps.store.move(from, target);
    const moved = readEntry(target, await this.deps.store.read(target));
    if (!moved.ok) throw new UsageError(`${target}:${moved.problem.line}: ${moved.problem.message}`);
    this.noted('update', moved.entry, from, target);
    return { entry: moved.entry, findings, changed: true, movedFrom: from };
  }

  /**
   * Renames an entry's file when its title or date changed, so the file name never keeps words (perhaps a name)
   * that are no longer in the entry. The id, and so the short id at the end of the name, never changes.
   */
  async renameToMatch(entry: Entry): Promise<SavedEntry> {
    // A locked entry's file name holds only its id, which never changes.
    if (isLockedPath(entry.path)) return { entry, findings: [] };
    const { entryPathFor } = await import('./entry-path.js');
    const folder = entry.path.startsWith('private/') ? 'private' : 'entries';
    const target = entryPathFor(entry.meta.date, entry.meta.title, entry.meta.id, folder);
    if (target === entry.path) return { entry, findings: [] };
    const findings = await this.guarded({ path: target, text: await this.deps.store.read(entry.path), action: 'move' });
    await this.deps.store.move(entry.path, target);
    this.noted('update', entry, entry.path, target);
    return { entry: { ...entry, path: target }, findings };
  }

  /**
   * Removes an entry's file (`mindlines delete`). What git has of it stays in its history; the use-case makes sure
   * there is such a version before it calls this.
   */
  async remove(entry: Pick<Entry, 'meta' | 'path'>): Promise<void> {
    await this.deps.store.remove(entry.path);
    this.noted('delete', entry, entry.path);
  }

  /**
   * Writes a file that is not an entry of ours but sits among them: the other side's version of an entry that both
   * sides changed (a `.conflict-` copy, written by `sync`). Checked like every other write.
   */
  async createCopy(path: string, text: string): Promise<Finding[]> {
    const findings = await this.guarded({ path, text, action: 'create' });
    await this.deps.store.create(path, text);
    return findings;
  }

  /** Removes a conflict copy this process wrote, when the sync that wrote it could not finish. */
  async removeCopy(path: string): Promise<void> {
    await this.deps.store.remove(path);
  }
}
