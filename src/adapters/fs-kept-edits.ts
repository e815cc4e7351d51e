import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { KeptEdits } from '../core/reflection/ports.js';
import { replaceFile } from './atomic-file.js';
import { journalPaths } from './fs-journal-paths.js';
import { ensurePrivateFolder, LOCAL_FOLDER } from './private-folder.js';

/**
 * Edits that did not parse, kept in `.mindlines/edits/<id>.md` (owner-only) while the entry itself stays at its
 * last good version. `mindlines edit ID` continues from the kept text.
 */
export class FsKeptEdits implements KeptEdits {
  private readonly dir: string;

  constructor(private readonly root: string) {
    this.dir = path.join(root, LOCAL_FOLDER, 'edits');
  }

  /** Journal-relative path of the kept edit of an entry, for messages. */
  relative(id: string): string {
    return path.posix.join(LOCAL_FOLDER, 'edits', `${id}.md`);
  }

  async read(id: string): Promise<string | undefined> {
    journalPaths(this.root).assertRealFolders(path.join(this.dir, `${id}.md`));
    try {
      return await fs.readFile(path.join(this.dir, `${id}.md`), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  }

  async keep(id: string, text: string): Promise<void> {
    await ensurePrivateFolder(path.join(this.root, LOCAL_FOLDER));
    await ensurePrivateFolder(this.dir);
    await replaceFile(path.join(this.dir, `${id}.md`), text);
  }

  async remove(id: string): Promise<void> {
    await fs.rm(path.join(this.dir, `${id}.md`), { force: true });
  }
}
