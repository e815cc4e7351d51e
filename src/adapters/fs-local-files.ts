import { existsSync } from 'node:fs';
import type { LocalFiles } from '../core/workspace-ports.js';
import { replaceFile } from './atomic-file.js';
import { collectTextFiles, readTextFile } from './fs-text-files.js';

/** Files outside the journal's entries, on the local filesystem: what the LocalFiles port promises. */
export const fsLocalFiles: LocalFiles = {
  readText: readTextFile,
  exists: (file) => existsSync(file),
  write: (file, content) => replaceFile(file, content),
  collectTextFiles,
};
