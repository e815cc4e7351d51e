import { promises as fs } from 'node:fs';
import path from 'node:path';
import { StorageError } from '../errors.js';
import { messages } from '../ui/messages.js';

/** The machine-local folder of a journal (git-ignored): drafts, editor files, index, locks. */
export const LOCAL_FOLDER = '.mindlines';

/**
 * Refuses a `.mindlines/` (or a folder inside it) that is a symbolic link: what is kept there (drafts, editor text,
 * the index) must stay inside the journal and private to its owner.
 */
async function assertNoLinks(dir: string): Promise<void> {
  const parts = dir.split(path.sep);
  const at = parts.lastIndexOf(LOCAL_FOLDER);
  if (at < 0) return;
  for (let i = at; i < parts.length; i++) {
    const folder = parts.slice(0, i + 1).join(path.sep) || path.sep;
    const stat = await fs.lstat(folder).catch(() => undefined);
    if (stat?.isSymbolicLink()) throw new StorageError(folder, messages.symlinkedFolder(folder));
  }
}

/**
 * Makes `dir` (and `.mindlines/` above it) exist with mode 0700, so that draft and editor text, which may be
 * sensitive, is readable by its owner only. An existing folder is tightened to 0700; a link is refused.
 */
export async function ensurePrivateFolder(dir: string): Promise<string> {
  await assertNoLinks(dir);
  await fs.mkdir(dir, { recursive: true, mode: 0o700 });
  await fs.chmod(dir, 0o700).catch(() => undefined);
  return dir;
}
