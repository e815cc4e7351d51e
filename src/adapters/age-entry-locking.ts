import { promises as fs } from 'node:fs';
import type { JournalConfig } from '../config/journal-config.js';
import type { EntryLocking } from '../core/lock/ports.js';
import type { LockSettings } from '../core/lock/settings.js';
import { ConflictError, StorageError } from '../errors.js';
import { messages } from '../ui/messages.js';
import { sealEntry } from './age-cipher.js';
import { adoptKey, AgeKeyring, createKey, keyFileFor, type PassphraseSource } from './age-keyring.js';
import { AgeLockedEntries } from './age-locked-entries.js';
import { createFileExclusive, replaceFile } from './atomic-file.js';
import { FsEntryStore } from './fs-entry-store.js';
import { markLockedFilesBinary, purgeIndex, readLockSettings, writeLockSettings } from './fs-lock-settings.js';

/** `lock` and `unlock` on the local filesystem, with age. */
export class AgeEntryLocking implements EntryLocking {
  private current: LockSettings | undefined;
  private entries: AgeLockedEntries | undefined;
  private readonly store: FsEntryStore;

  constructor(
    private readonly root: string,
    private readonly config: Pick<JournalConfig, 'mode' | 'raw'>,
    private readonly env: NodeJS.ProcessEnv,
    private readonly passphrase: PassphraseSource,
    /** The locked entries the journal reads through, when the journal was opened with settings: one key per command. */
    opened?: AgeLockedEntries,
  ) {
    this.current = readLockSettings(root, config);
    this.entries = opened;
    this.store = new FsEntryStore(root);
  }

  /** The locked entries, read with the key the current settings name. */
  private lockedEntries(): AgeLockedEntries {
    const settings = this.current;
    if (!settings) throw new StorageError(this.root, messages.unlockNotLocked);
    this.entries ??= new AgeLockedEntries(this.root, new AgeKeyring(keyFileFor(settings, this.env), this.passphrase));
    return this.entries;
  }

  settings(): LockSettings | undefined {
    return this.current;
  }

  async saveSettings(settings: LockSettings): Promise<string> {
    const where = await writeLockSettings(this.root, this.config.mode, settings);
    this.current = settings;
    return where;
  }

  async createKey(now: Date) {
    return createKey(this.env, this.passphrase, now);
  }

  async adoptKey(file: string) {
    return adoptKey(file, this.passphrase);
  }

  seal(text: string, sealing: { recipient: string; clearFrontMatter: boolean }): Promise<string> {
    return sealEntry(text, sealing.recipient, sealing.clearFrontMatter);
  }

  async locked() {
    return new AgeLockedEntries(this.root, new AgeKeyring('', this.passphrase)).list();
  }

  /** Needs no key, nor settings: a damaged locked file is found even where the journal's key is unknown. */
  raw(path: string): Promise<string> {
    return (this.entries ?? new AgeLockedEntries(this.root, new AgeKeyring('', this.passphrase))).raw(path);
  }

  open(path: string): Promise<string> {
    return this.lockedEntries().read(path);
  }

  async writeLocked(path: string, text: string, expected?: string): Promise<void> {
    const absolute = this.store.resolve(path);
    try {
      if (expected === undefined) await createFileExclusive(absolute, text);
      else {
        await replaceFile(absolute, text, async () => {
          if ((await fs.readFile(absolute, 'utf8')) !== expected) throw new ConflictError(path, messages.changedSinceRead(path, path));
        });
      }
    } catch (error) {
      if (error instanceof ConflictError) throw error;
      throw new StorageError(path, messages.writeFailed(path, error), { cause: error });
    }
    this.entries?.forget(path);
  }

  createPlain(path: string, text: string): Promise<void> {
    return this.store.create(path, text);
  }

  async remove(path: string): Promise<void> {
    this.entries?.forget(path);
    await this.store.remove(path);
  }

  purgeIndex(): Promise<void> {
    return purgeIndex(this.root);
  }

  markBinary(): Promise<void> {
    return markLockedFilesBinary(this.root);
  }
}
