import { StorageError } from '../../errors.js';
import { messages } from '../../ui/messages.js';

/**
 * Takes the index's inter-process lock (proper-lockfile: a `<file>.lock` folder, refreshed while held, taken over
 * when stale), waiting up to about a minute for another mindlines to finish. Returns the release.
 */
export async function lockIndex(file: string): Promise<() => Promise<void>> {
  const { default: lockfile } = await import('proper-lockfile');
  try {
    return await lockfile.lock(file, {
      realpath: false,
      stale: 30_000,
      update: 5_000,
      retries: { retries: 600, factor: 1, minTimeout: 50, maxTimeout: 100 },
      // Losing the lock can only cost a rebuild (the index is a cache), never an entry: carry on.
      onCompromised: () => undefined,
    });
  } catch (error) {
    throw new StorageError(file, messages.indexLocked(file), { cause: error });
  }
}
