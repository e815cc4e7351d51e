import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { AttachmentFiles } from '../core/evidence/ports.js';
import { StorageError } from '../errors.js';
import { messages } from '../ui/messages.js';
import { createFileExclusive } from './atomic-file.js';

/** Largest file `attach` copies: evidence is certificates, letters and reports, not recordings. */
export const MAX_ATTACHMENT_BYTES = 64 * 1024 * 1024;

/** Attachments on the local filesystem, inside the journal at `root`. */
export class FsAttachmentFiles implements AttachmentFiles {
  constructor(private readonly root: string) {}

  private resolve(relative: string): string {
    const absolute = path.resolve(this.root, relative);
    const rel = path.relative(this.root, absolute);
    if (rel.startsWith('..') || path.isAbsolute(rel)) throw new StorageError(relative, messages.pathOutsideJournal(relative));
    return absolute;
  }

  async readSource(file: string): Promise<Uint8Array> {
    const stat = await fs.lstat(file).catch(() => undefined);
    if (!stat) throw new StorageError(file, messages.attachMissing(file));
    if (!stat.isFile()) throw new StorageError(file, messages.attachNotAFile(file));
    if (stat.size > MAX_ATTACHMENT_BYTES) throw new StorageError(file, messages.attachTooLarge(file, MAX_ATTACHMENT_BYTES));
    return fs.readFile(file);
  }

  async store(relative: string, bytes: Uint8Array): Promise<void> {
    try {
      await createFileExclusive(this.resolve(relative), bytes, 0o644);
    } catch (error) {
      throw new StorageError(relative, messages.writeFailed(relative, error), { cause: error });
    }
  }

  async read(relative: string): Promise<Uint8Array | undefined> {
    const absolute = this.resolve(relative);
    const stat = await fs.lstat(absolute).catch(() => undefined);
    if (!stat?.isFile()) return undefined;
    return fs.readFile(absolute);
  }

  async remove(relative: string): Promise<void> {
    await fs.rm(this.resolve(relative), { force: true });
  }
}
