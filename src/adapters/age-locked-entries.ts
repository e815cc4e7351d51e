import { createHash } from 'node:crypto';
import { lstatSync, promises as fs, readdirSync } from 'node:fs';
import path from 'node:path';
import { MAX_ENTRY_BYTES } from '../codecs/entry-file.js';
import { idOfLockedPath, isLockedPath, splitLockedFile } from '../core/lock/locked-file.js';
import type { LockedEntries, LockedFile } from '../core/lock/ports.js';
import type { EntryFileInfo, EntryStore } from '../core/ports.js';
import type { EntryProblem } from '../core/entries/entry.js';
import { ConflictError, LockedFileError, StorageError } from '../errors.js';
import { messages } from '../ui/messages.js';
import { openEntry, sealEntry } from './age-cipher.js';
import type { AgeKeyring } from './age-keyring.js';
import { createFileExclusive, replaceFile } from './atomic-file.js';
import { ENTRY_FOLDERS } from './fs-entry-store.js';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * The journal's locked entries (`<folder>/<ID>.md.age`) on the local filesystem, decrypted with the journal's key.
 * Decrypted text is held in memory for the command that read it, never written anywhere.
 */
export class AgeLockedEntries implements LockedEntries {
  private readonly texts = new Map<string, { mtimeMs: number; size: number; text: string }>();
  private told = false;

  constructor(
    private readonly root: string,
    readonly keyring: AgeKeyring,
    private readonly notice: (text: string) => void = () => undefined,
  ) {}

  resolve(relative: string): string {
    const absolute = path.resolve(this.root, relative);
    const rel = path.relative(this.root, absolute);
    if (rel.startsWith('..') || path.isAbsolute(rel)) throw new StorageError(relative, messages.pathOutsideJournal(relative));
    return absolute;
  }

  async list(): Promise<LockedFile[]> {
    const found: LockedFile[] = [];
    const walk = (dir: string, rel: string) => {
      let names: string[];
      try {
        names = readdirSync(dir);
      } catch {
        return;
      }
      for (const name of names) {
        if (name.startsWith('.')) continue;
        const relative = `${rel}/${name}`;
        const stat = lstatSync(path.join(dir, name), { throwIfNoEntry: false });
        if (!stat || stat.isSymbolicLink()) continue;
        if (stat.isDirectory() && relative !== 'private/attachments') walk(path.join(dir, name), relative);
        const id = stat.isFile() ? idOfLockedPath(relative) : undefined;
        if (id) found.push({ path: relative, id, size: stat.size, mtimeMs: stat.mtimeMs });
      }
    };
    for (const folder of ENTRY_FOLDERS) walk(path.join(this.root, folder), folder);
    return found.sort((a, b) => (a.path < b.path ? -1 : 1));
  }

  /** A locked file's text as it is on disk (armor, and the clear front matter when kept). */
  async raw(relative: string): Promise<string> {
    const absolute = this.resolve(relative);
    const stat = await fs.lstat(absolute);
    if (!stat.isFile()) throw new StorageError(relative, `${relative}: ${messages.symlinkRefused}`);
    if (stat.size > MAX_ENTRY_BYTES * 2) throw new StorageError(relative, `${relative}: ${messages.fileTooLarge(MAX_ENTRY_BYTES * 2)}`);
    return fs.readFile(absolute, 'utf8');
  }

  async head(relative: string): Promise<string | undefined> {
    return splitLockedFile(await this.raw(relative))?.head;
  }

  canOpen(): boolean {
    return this.keyring.canOpen();
  }

  async read(relative: string): Promise<string> {
    const absolute = this.resolve(relative);
    const stat = await fs.stat(absolute);
    const cached = this.texts.get(relative);
    if (cached && cached.mtimeMs === stat.mtimeMs && cached.size === stat.size) return cached.text;
    const raw = await this.raw(relative);
    const text = await this.openText(raw, relative);
    this.texts.set(relative, { mtimeMs: stat.mtimeMs, size: stat.size, text });
    return text;
  }

  /** Decrypts a locked file's text with each of the key's identities in turn. */
  async openText(raw: string, relative: string): Promise<string> {
    const identities = await this.keyring.identities();
    let failure: unknown;
    for (const identity of identities) {
      try {
        return await openEntry(raw, identity, relative);
      } catch (error) {
        failure = error;
      }
    }
    throw failure instanceof LockedFileError ? failure : new LockedFileError(relative, messages.lockedDamaged, { cause: failure });
  }

  withheld(count: number): void {
    if (this.told) return;
    this.told = true;
    this.notice(messages.lockedWithheld(count));
  }

  /** Forgets what was decrypted from a file this process just rewrote. */
  forget(relative: string): void {
    this.texts.delete(relative);
  }
}

/** How new locked text is made: encrypted to the journal's recipient, with or without its front matter in the clear. */
export interface Sealing {
  recipient: string;
  clearFrontMatter: boolean;
}

/**
 * The entry store the EntryWriter writes through when a journal locks entries: a locked path (`<ID>.md.age`) is
 * decrypted on read and encrypted (then verified by decrypting it) on create and replace, and every write is a
 * whole new file put in place atomically, never an append. Other paths go to the plain store unchanged.
 */
export class LockingEntryStore implements EntryStore {
  constructor(
    private readonly plain: EntryStore & { resolve(relative: string): string },
    private readonly locked: AgeLockedEntries,
    private readonly sealing: Sealing,
  ) {}

  list(): Promise<{ files: EntryFileInfo[]; problems: EntryProblem[] }> {
    return this.plain.list();
  }

  read(relative: string): Promise<string> {
    return isLockedPath(relative) ? this.locked.read(relative) : this.plain.read(relative);
  }

  async create(relative: string, text: string): Promise<void> {
    if (!isLockedPath(relative)) return this.plain.create(relative, text);
    const sealed = await sealEntry(text, this.sealing.recipient, this.sealing.clearFrontMatter);
    try {
      await createFileExclusive(this.locked.resolve(relative), sealed);
    } catch (error) {
      throw new StorageError(relative, messages.writeFailed(relative, error), { cause: error });
    }
  }

  async replace(relative: string, text: string, expected: string): Promise<void> {
    if (!isLockedPath(relative)) return this.plain.replace(relative, text, expected);
    const raw = await this.locked.raw(relative);
    const current = await this.locked.openText(raw, relative);
    if (sha256(current) !== sha256(expected)) {
      const copy = relative.replace(/\.md\.age$/, `.conflict-${Date.now()}.md.age`);
      await this.create(copy, text);
      throw new ConflictError(relative, messages.changedSinceRead(relative, copy));
    }
    const sealed = await sealEntry(text, this.sealing.recipient, this.sealing.clearFrontMatter);
    const absolute = this.locked.resolve(relative);
    try {
      await replaceFile(absolute, sealed, async () => {
        if ((await fs.readFile(absolute, 'utf8')) !== raw) throw new ConflictError(relative, messages.changedSinceRead(relative, relative));
      });
    } catch (error) {
      if (error instanceof ConflictError) throw error;
      throw new StorageError(relative, messages.writeFailed(relative, error), { cause: error });
    }
    this.locked.forget(relative);
  }

  async move(from: string, to: string): Promise<void> {
    const text = await this.read(from);
    await this.create(to, text);
    await this.remove(from);
  }

  async remove(relative: string): Promise<void> {
    this.locked.forget(relative);
    await fs.rm(this.plain.resolve(relative), { force: true });
  }
}
