import { lstatSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { StorageError } from '../errors.js';
import { messages } from '../ui/messages.js';

/**
 * Keeps every path mindlines reads or writes inside its journal (issue 14). A teammate can commit a symbolic link
 * (`entries/2026/shared -> /home/someone`), and then `show`, `export blog` or `actions done` would read or rewrite
 * files outside the journal. So each folder between the journal's root and a file must be a real folder: a link
 * anywhere on the way is refused with its path and where it leads. Folders found real are remembered for the life
 * of the process (a cold index reads thousands of files in a few folders).
 */
export class JournalPaths {
  private readonly realFolders = new Set<string>();

  constructor(readonly root: string) {}

  /** The absolute path of a journal-relative one, refusing `..` and links on the way. */
  resolve(relative: string): string {
    const absolute = path.resolve(this.root, relative);
    const rel = path.relative(this.root, absolute);
    if (rel.startsWith('..') || path.isAbsolute(rel)) throw new StorageError(relative, messages.pathOutsideJournal(relative));
    this.assertRealFolders(absolute);
    return absolute;
  }

  /**
   * Checks that every folder from the root down to `absolute`'s parent that exists is a real folder, not a link.
   * Folders that do not exist yet are fine: mindlines creates them as real folders.
   */
  assertRealFolders(absolute: string): void {
    const rel = path.relative(this.root, path.dirname(absolute));
    if (rel.startsWith('..') || path.isAbsolute(rel)) throw new StorageError(absolute, messages.pathOutsideJournal(absolute));
    let dir = this.root;
    for (const part of rel.split(path.sep).filter(Boolean)) {
      dir = path.join(dir, part);
      if (this.realFolders.has(dir)) continue;
      const stat = lstatSync(dir, { throwIfNoEntry: false });
      if (!stat) return;
      if (stat.isSymbolicLink()) {
        const shown = path.relative(this.root, dir).split(path.sep).join('/');
        let real: string;
        try {
          real = realpathSync(dir);
        } catch {
          real = 'nowhere (a broken link)';
        }
        throw new StorageError(shown, messages.outsideJournal(shown, real));
      }
      if (!stat.isDirectory()) return;
      this.realFolders.add(dir);
    }
  }
}

const byRoot = new Map<string, JournalPaths>();

/** The shared JournalPaths of a journal root, so every adapter of one process reuses what was checked. */
export function journalPaths(root: string): JournalPaths {
  let paths = byRoot.get(root);
  if (!paths) byRoot.set(root, (paths = new JournalPaths(root)));
  return paths;
}
