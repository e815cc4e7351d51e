import { promises as fs } from 'node:fs';
import path from 'node:path';
import { MAX_ENTRY_BYTES } from '../codecs/entry-file.js';
import type { ImportProblem } from '../core/import/import-record.js';
import type { ImportSource, SourceNote } from '../core/import/ports.js';

const NOTE = /\.(?:md|markdown|mdown|mkd|txt)$/i;

/** The file or folder `mindlines import` reads, on the local filesystem. */
export const fsImportSource: ImportSource = {
  async stat(file) {
    const stat = await fs.lstat(file).catch(() => undefined);
    if (!stat) return { kind: 'missing', mtimeMs: 0 };
    return { kind: stat.isDirectory() ? 'folder' : stat.isFile() ? 'file' : 'other', mtimeMs: stat.mtimeMs };
  },

  async readText(file) {
    const stat = await fs.stat(file);
    if (stat.size > MAX_ENTRY_BYTES * 8) throw new Error(`${file} is larger than ${(MAX_ENTRY_BYTES * 8) / 1024 / 1024} MB`);
    return fs.readFile(file, 'utf8');
  },

  async notes(folder) {
    const notes: SourceNote[] = [];
    const problems: ImportProblem[] = [];
    const walk = async (dir: string, rel: string): Promise<void> => {
      const names = (await fs.readdir(dir)).sort((a, b) => a.localeCompare(b));
      for (const name of names) {
        if (name.startsWith('.') || name === 'node_modules') continue;
        const absolute = path.join(dir, name);
        const relative = rel ? `${rel}/${name}` : name;
        const stat = await fs.lstat(absolute).catch(() => undefined);
        if (!stat) continue;
        if (stat.isSymbolicLink()) {
          if (NOTE.test(name)) problems.push({ origin: relative, message: 'is a symbolic link; not followed' });
        } else if (stat.isDirectory()) await walk(absolute, relative);
        else if (stat.isFile() && NOTE.test(name)) {
          if (stat.size > MAX_ENTRY_BYTES) problems.push({ origin: relative, message: `is larger than ${MAX_ENTRY_BYTES / 1024 / 1024} MB; skipped` });
          else notes.push({ relative: relative.normalize('NFC'), absolute, mtimeMs: stat.mtimeMs });
        }
      }
    };
    await walk(folder, '');
    return { notes, problems };
  },
};
