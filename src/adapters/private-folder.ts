import { promises as fs } from 'node:fs';

/** The machine-local folder of a journal (git-ignored): drafts, editor files, index, locks. */
export const LOCAL_FOLDER = '.mindlines';

/**
 * Makes `dir` (and `.mindlines/` above it) exist with mode 0700, so that draft and editor text, which may be
 * sensitive, is readable by its owner only. An existing folder is tightened to 0700.
 */
export async function ensurePrivateFolder(dir: string): Promise<string> {
  await fs.mkdir(dir, { recursive: true, mode: 0o700 });
  await fs.chmod(dir, 0o700).catch(() => undefined);
  return dir;
}
