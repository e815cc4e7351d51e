import type { LockSettings } from './settings.js';

/** A locked entry file as listed, before it is opened: its path and the id its name holds. */
export interface LockedFile {
  path: string;
  id: string;
  size: number;
  mtimeMs: number;
}

/**
 * The journal's encrypted entries, as the Journal reads them. Listing them and reading their clear front matter
 * (when kept) needs no key; their text does, and the key is opened at most once per command: with the passphrase
 * from the environment, or asked for in a terminal.
 */
export interface LockedEntries {
  list(): Promise<LockedFile[]>;
  /** The front-matter block kept in the clear, or undefined when the journal keeps none (the default). */
  head(path: string): Promise<string | undefined>;
  /**
   * Whether the text can be had without failing: the key is open, or a passphrase is in the environment, or there
   * is a terminal to ask in.
   */
  canOpen(): boolean;
  /** The entry's whole text. Throws KeyUnavailableError, WrongPassphraseError, or LockedFileError (damaged). */
  read(path: string): Promise<string>;
  /** Told how many locked entries a command had to leave out because there was no way to open them. */
  withheld(count: number): void;
}

/**
 * What `lock` and `unlock` need besides the journal: the settings, the key, and the entry files as bytes on disk
 * (a locked file is written whole and put in place atomically, never appended to).
 */
export interface EntryLocking {
  settings(): LockSettings | undefined;
  /** Records the settings; returns where (mindlines.yaml, or private/encryption.json in a team journal). */
  saveSettings(settings: LockSettings): Promise<string>;
  /** A new key, protected by a new passphrase (asked twice in a terminal, or from the environment). */
  createKey(now: Date): Promise<{ recipient: string; keyFile: string; secret: string }>;
  /** An age identity file the person already has. */
  adoptKey(file: string): Promise<{ recipient: string; keyFile: string }>;
  /** Encrypts an entry's text to the recipient, verified by decrypting it again. */
  seal(text: string, sealing: { recipient: string; clearFrontMatter: boolean }): Promise<string>;
  locked(): Promise<LockedFile[]>;
  /** A locked file as it is on disk, and decrypted (the key is opened once). */
  raw(path: string): Promise<string>;
  open(path: string): Promise<string>;
  /** Puts a locked file in place: a new one, or (with `expected`, its text when read) a whole replacement. */
  writeLocked(path: string, text: string, expected?: string): Promise<void>;
  /** Writes a plain entry file that must not exist yet. */
  createPlain(path: string, text: string): Promise<void>;
  remove(path: string): Promise<void>;
  /** Deletes the index files, so no text of a newly locked entry stays in them. */
  purgeIndex(): Promise<void>;
  /** Tells git that locked files are binary (no diffs, no line merges). */
  markBinary(): Promise<void>;
}
