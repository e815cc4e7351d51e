import type { ImportProblem } from './import-record.js';

/** A note file under a folder being imported. */
export interface SourceNote {
  /** Relative to the folder, forward slashes. */
  relative: string;
  absolute: string;
  mtimeMs: number;
}

/** What `import` reads from: the file or folder a person names (absolute paths). Nothing here writes. */
export interface ImportSource {
  /** What is at a path, and when it was last changed (a lone note's date when it has no other). */
  stat(path: string): Promise<{ kind: 'file' | 'folder' | 'missing' | 'other'; mtimeMs: number }>;
  readText(path: string): Promise<string>;
  /**
   * The notes under a folder (`.md`, `.markdown`, `.txt`), skipping hidden folders (`.obsidian`, `.zk`, `.git`) and
   * hidden files; links and oversized files are problems, never followed or read.
   */
  notes(folder: string): Promise<{ notes: SourceNote[]; problems: ImportProblem[] }>;
}
