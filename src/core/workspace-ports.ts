import type { Repository } from './team/repository.js';

/**
 * Ports for what surrounds a journal rather than belongs to it: files a person names on the command line, git, and
 * the terminal. Declared here so app/ and commands/ reach them only as interfaces; adapters/ implements them and
 * container.ts wires them.
 */

/** A file or folder named on the command line, expanded to a text file. */
export interface NamedTextFile {
  /** The path to print: as the user gave it, or joined onto the folder they gave. */
  display: string;
  absolute: string;
}

/** Files outside the journal's entries: an answers file, an export's output, files given to `check`. Absolute paths. */
export interface LocalFiles {
  readText(path: string): Promise<string>;
  exists(path: string): boolean;
  /** Writes or replaces a file atomically (temp file, fsync, rename): an earlier file is never left half-written. */
  write(path: string, content: string | Buffer): Promise<void>;
  /** The Markdown and text files among the paths and folders given (folders are walked), and those that are missing. */
  collectTextFiles(cwd: string, inputs: readonly string[]): Promise<{ files: NamedTextFile[]; problems: { display: string; message: string }[] }>;
}

export type HookInstallOutcome = { action: 'installed' | 'updated'; hook: string; chained?: string; shared?: string };
export type HookUninstallOutcome = { action: 'removed'; hook: string; restored?: string } | { action: 'absent' } | { action: 'foreign'; hook: string };

/** Git, as the commands around a journal need it. Paths are relative to `dir` unless said otherwise. */
export interface Git {
  /** git's user.name, else its user.email, as seen from `dir`: the author of new entries when the journal names none. */
  identity(dir: string): Promise<string | undefined>;
  isTracked(dir: string, file: string): Promise<boolean>;
  /** Tracked files under a folder of `dir`, relative to `dir`. */
  trackedFiles(dir: string, folder: string): Promise<string[]>;
  /** The top of the work tree holding `dir`, or undefined outside one. */
  topLevel(dir: string): Promise<string | undefined>;
  /** Staged paths (relative to `top`), and the staged text of one. */
  stagedFiles(top: string): Promise<string[]>;
  stagedText(top: string, file: string): Promise<string>;
  /**
   * The staged text of any file the hook must scan (issue 13): UTF-8, UTF-16, the text of a .docx; undefined for a
   * binary file.
   */
  stagedDocument(top: string, file: string): Promise<{ text: string; format: 'utf-8' | 'utf-16' | 'docx' } | undefined>;
  /** The repository holding the journal at `dir`, for sync and the team's members. */
  repository(dir: string): Promise<Repository>;
  /** The pre-commit hook that runs `check --staged`; `refused` is what it prints when it stops a commit. */
  installHook(dir: string, refused: string, options?: { local?: boolean | undefined }): Promise<HookInstallOutcome>;
  uninstallHook(dir: string): Promise<HookUninstallOutcome>;
}

/** Markdown drawn for a terminal of `width` columns (the renderer is loaded on first use). */
export interface MarkdownRenderer {
  render(markdown: string, width: number): Promise<string>;
}

/** The journal's settings file, `mindlines.yaml`, as `mindlines config set` changes it (issue 17). */
export interface SettingsFile {
  /** Its journal-relative path, for messages and commits. */
  readonly path: string;
  read(): Promise<string>;
  /** Replaces it atomically, but only if it still holds `expected`; otherwise a ConflictError and nothing changes. */
  write(text: string, expected: string): Promise<void>;
}
