import { promises as fs, statSync } from 'node:fs';

/** The folders directly inside `dir`, hidden ones (.git) left out: the journals of a cohort, one per folder. */
export async function listFolders(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  return entries.filter((e) => e.isDirectory() && !e.name.startsWith('.')).map((e) => e.name);
}

/** Makes a folder (and its parents) for an export's files; nothing happens when it exists. */
export async function makeFolder(dir: string): Promise<void> {
  await fs.mkdir(dir, { recursive: true });
}

/** Whether a path is an existing file (not a folder). */
export function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}
