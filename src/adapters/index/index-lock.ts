import type { Notify } from '../../core/ports.js';
import { acquireLock } from '../fs-lock.js';

/**
 * Takes the index's inter-process lock (`<file>.lock`, fs-lock.ts: it names its holder), waiting up to about a
 * minute for another mindlines to finish; after a second of waiting the person is told who holds it, and a lock
 * left by a mindlines that was killed (a `reindex` stopped half-way) is taken over at once. Returns the release.
 * Losing the index can only cost a rebuild (it is a cache), never an entry.
 */
export async function lockIndex(file: string, notify: Notify = () => undefined): Promise<() => Promise<void>> {
  return acquireLock(`${file}.lock`, {
    what: 'updating the index',
    timeoutMs: 60_000,
    onWait: (holder) => notify({ kind: 'waiting', lock: 'index', holder }),
    onTakeover: (holder) => notify({ kind: 'lock-taken-over', lock: 'index', holder }),
  });
}
