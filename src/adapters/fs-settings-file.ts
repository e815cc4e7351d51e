import { promises as fs } from 'node:fs';
import path from 'node:path';
import { CONFIG_FILE } from '../config/journal-config.js';
import type { SettingsFile } from '../core/workspace-ports.js';
import { ConflictError, StorageError } from '../errors.js';
import { messages } from '../ui/messages.js';
import { replaceFile } from './atomic-file.js';

/** `mindlines.yaml` on disk, rewritten with the one atomic write (temp file, fsync, rename) after a compare. */
export function fsSettingsFile(root: string): SettingsFile {
  const file = path.join(root, CONFIG_FILE);
  return {
    path: CONFIG_FILE,
    read: () => fs.readFile(file, 'utf8'),
    write: async (text, expected) => {
      try {
        await replaceFile(file, text, async () => {
          if ((await fs.readFile(file, 'utf8')) !== expected) throw new ConflictError(CONFIG_FILE, messages.settingsChangedMeanwhile);
        });
      } catch (error) {
        if (error instanceof ConflictError) throw error;
        throw new StorageError(CONFIG_FILE, messages.writeFailed(CONFIG_FILE, error), { cause: error });
      }
    },
  };
}
