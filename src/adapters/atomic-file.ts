import { promises as fs, constants } from 'node:fs';
import path from 'node:path';

/**
 * node:crypto, loaded the first time a hash or random bytes are wanted: it is one of the larger built-in modules,
 * and a warm `search` or `list` never needs it.
 */
const crypto = () => process.getBuiltinModule('node:crypto');

/**
 * A temp file beside `target`, hidden (dot-prefixed) so a crash leaves debris nobody mistakes for an entry, and
 * named with our pid so the next command can tell debris (its writer gone) from a write in progress (fs-debris.ts).
 */
function tempPathFor(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}-${crypto().randomBytes(6).toString('hex')}.tmp`);
}

/** fsyncs a directory so a rename in it survives a power cut. Some systems refuse to open directories: ignored. */
async function syncDirectory(dir: string): Promise<void> {
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(dir, constants.O_RDONLY);
    await handle.sync();
  } catch {
    // Not supported here (e.g. Windows); the rename itself is still atomic.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/** Writes `text` to a fresh temp file beside `target`: open exclusively (0600), write, fsync, close. */
async function writeTemp(target: string, text: string | Uint8Array, mode: number): Promise<string> {
  const temp = tempPathFor(target);
  const handle = await fs.open(temp, 'wx', mode);
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await fs.unlink(temp).catch(() => undefined);
    throw error;
  }
  await handle.close();
  return temp;
}

/**
 * Creates `target`, which must not exist: written to a temp file in the same folder, fsynced, then linked into
 * place (link fails with EEXIST instead of overwriting), then the folder is fsynced. On any error the temp file
 * is removed and nothing else has changed.
 */
export async function createFileExclusive(target: string, text: string | Uint8Array, mode = 0o600): Promise<void> {
  // Folders made for a file are its owner's alone, like the file (entries' folders hold their titles in file names).
  await fs.mkdir(path.dirname(target), { recursive: true, mode: 0o700 });
  const temp = await writeTemp(target, text, mode);
  try {
    try {
      await fs.link(temp, target);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV' && code !== 'ENOSYS') throw error;
      // A filesystem without hard links: check, then rename (the window between the two is tiny).
      const exists = await fs.lstat(target).then(
        () => true,
        () => false,
      );
      if (exists) throw Object.assign(new Error(`EEXIST: file already exists, ${target}`), { code: 'EEXIST' });
      await fs.rename(temp, target);
    }
  } finally {
    await fs.unlink(temp).catch(() => undefined);
  }
  await syncDirectory(path.dirname(target));
}

/**
 * Replaces `target` atomically: temp file, fsync, rename over, fsync the folder. `beforeRename` runs just before the
 * rename, so a caller can check the file still holds what it read (and throw to abandon the write).
 */
export async function replaceFile(target: string, text: string | Uint8Array, beforeRename?: () => Promise<void>): Promise<void> {
  const mode = await fs.stat(target).then(
    (s) => s.mode & 0o777,
    () => 0o600,
  );
  const temp = await writeTemp(target, text, mode);
  try {
    await beforeRename?.();
    await fs.rename(temp, target);
  } catch (error) {
    await fs.unlink(temp).catch(() => undefined);
    throw error;
  }
  await syncDirectory(path.dirname(target));
}

/**
 * Moves `from` to `target`, which must not exist, in one step: rename(2) is atomic, so a crash leaves the file
 * under one name or the other, never both or neither (a copy then a delete could leave two files with one entry id).
 * Between the check and the rename nobody else may create `target`: the caller holds the entry's lock, and entry
 * names carry the entry's id. Across filesystems (EXDEV) it falls back to an exclusive copy, then the delete.
 */
export async function moveFileNoReplace(from: string, target: string): Promise<void> {
  const exists = await fs.lstat(target).then(
    () => true,
    () => false,
  );
  if (exists) throw Object.assign(new Error(`EEXIST: file already exists, ${target}`), { code: 'EEXIST', path: target });
  await fs.mkdir(path.dirname(target), { recursive: true, mode: 0o700 });
  try {
    await fs.rename(from, target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    await createFileExclusive(target, await fs.readFile(from), (await fs.stat(from)).mode & 0o777);
    await fs.unlink(from);
  }
  await syncDirectory(path.dirname(target));
  if (path.dirname(from) !== path.dirname(target)) await syncDirectory(path.dirname(from));
}

/** A file's text, or undefined when it does not exist. */
export async function readTextIfExists(file: string): Promise<string | undefined> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
