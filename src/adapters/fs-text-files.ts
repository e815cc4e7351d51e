import { promises as fs } from 'node:fs';
import path from 'node:path';
import { MAX_ENTRY_BYTES } from '../codecs/entry-file.js';
import { decodeUtf8OrThrow } from '../codecs/utf8.js';

/** The files `check PATH…` reads: Markdown and plain text. */
export const TEXT_FILE = /\.(?:md|markdown|mdown|mkd|txt|text)$/i;

export interface TextFile {
  /** The path to print: as the user gave it, or joined onto the folder they gave. */
  display: string;
  absolute: string;
}

export interface TextFileProblem {
  display: string;
  message: string;
}

/**
 * Expands paths into text files: a file is taken as given (whatever its extension), a folder is walked for
 * Markdown and text files, skipping dot-folders and node_modules. Symbolic links are not followed.
 */
export async function collectTextFiles(cwd: string, inputs: readonly string[]): Promise<{ files: TextFile[]; problems: TextFileProblem[] }> {
  const files: TextFile[] = [];
  const problems: TextFileProblem[] = [];
  const walk = async (absolute: string, display: string): Promise<void> => {
    const items = await fs.readdir(absolute, { withFileTypes: true });
    items.sort((a, b) => a.name.localeCompare(b.name));
    for (const item of items) {
      if (item.name.startsWith('.') || item.name === 'node_modules') continue;
      const childAbsolute = path.join(absolute, item.name);
      const childDisplay = display === '.' ? item.name : `${display.replace(/\/+$/, '')}/${item.name}`;
      if (item.isDirectory()) await walk(childAbsolute, childDisplay);
      else if (item.isFile() && TEXT_FILE.test(item.name)) files.push({ display: childDisplay, absolute: childAbsolute });
    }
  };
  for (const input of inputs) {
    const absolute = path.resolve(cwd, input);
    let stat;
    try {
      stat = await fs.lstat(absolute);
    } catch {
      problems.push({ display: input, message: 'no such file or folder' });
      continue;
    }
    if (stat.isSymbolicLink()) problems.push({ display: input, message: 'is a symbolic link; give the file it points to' });
    else if (stat.isDirectory()) await walk(absolute, input.replace(/\\/g, '/'));
    else if (stat.isFile()) files.push({ display: input.replace(/\\/g, '/'), absolute });
    else problems.push({ display: input, message: 'is not a regular file or folder' });
  }
  return { files, problems };
}

/** Reads a text file, refusing files larger than an entry may be. */
export async function readTextFile(absolute: string): Promise<string> {
  const stat = await fs.stat(absolute);
  if (stat.size > MAX_ENTRY_BYTES) throw new Error(`larger than ${MAX_ENTRY_BYTES / 1024 / 1024} MB`);
  // Strictly: Latin-1 answers must not turn into U+FFFD in an entry (issue 14).
  return decodeUtf8OrThrow(await fs.readFile(absolute));
}
