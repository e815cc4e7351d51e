import { closeSync, fstatSync, openSync, promises as fs, readSync } from 'node:fs';
import path from 'node:path';

/**
 * node:crypto, loaded the first time a hash or random bytes are wanted: it is one of the larger built-in modules,
 * and a warm `search` or `list` never needs it.
 */
const crypto = () => process.getBuiltinModule('node:crypto');

/**
 * The files index.json names beside it in `.mindlines/`: the rows (`rows-<id>.bin`), postings segments
 * (`postings-<id>.txt`) and the front matter of every entry (`heads-<id>.jsonl`). Each is written once under a fresh random id and never changed, so a
 * reader holding an older index.json still finds whole files; a sync writes new ones (atomic-file.ts: temp file,
 * fsync, exclusive link), then index.json naming them.
 */

/** Something stored is not what was written (cut short, overwritten, gone): the index is rebuilt from the files. */
export class IndexUnusableError extends Error {}

/** A side file no longer named is deleted only after this long, so a reader that just loaded the index finds it. */
const GRACE_MS = 60_000;
const SIDE_FILE = /^(postings-[0-9a-f]+\.txt|heads-[0-9a-f]+\.jsonl|rows-[0-9a-f]+\.bin)$/;

export const newSideFileId = () => crypto().randomBytes(8).toString('hex');

/** Reads exactly `length` bytes at `position`. */
export function readAt(fd: number, position: number, length: number): Buffer {
  const buffer = Buffer.alloc(length);
  let done = 0;
  while (done < length) {
    const n = readSync(fd, buffer, done, length - done, position + done);
    if (n === 0) throw new IndexUnusableError('unexpected end of file');
    done += n;
  }
  return buffer;
}

/** Whether a side file is there, whole (its length as written) and the one meant (its header). */
export function sideFileOk(file: string, header: string, bytes: number): boolean {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    if (fstatSync(fd).size !== bytes) return false;
    const buffer = Buffer.alloc(header.length);
    readSync(fd, buffer, 0, header.length, 0);
    return buffer.toString('latin1') === header;
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Deletes the side files in `dir` that are not in `keep`, once they are old enough that no reader can still want them. */
export async function sweepSideFiles(dir: string, keep: ReadonlySet<string>): Promise<void> {
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  const now = Date.now();
  await Promise.all(
    names
      .filter((name) => SIDE_FILE.test(name) && !keep.has(name))
      .map(async (name) => {
        const file = path.join(dir, name);
        const stat = await fs.stat(file).catch(() => undefined);
        if (stat && now - stat.mtimeMs > GRACE_MS) await fs.unlink(file).catch(() => undefined);
      }),
  );
}
