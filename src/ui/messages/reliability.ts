import { hostname } from 'node:os';
import type { JournalNotice, LockHolder } from '../../core/ports.js';
import { describeError } from './describe-error.js';

/** "pid 4242, sync, since 2026-11-27 10:02:03 UTC": who holds a lock, for the person waiting on it. */
const who = (holder: LockHolder | undefined): string => {
  if (!holder) return 'another program';
  const since = holder.since.replace(/^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2}).*$/, '$1 $2 UTC');
  const host = holder.host && holder.host !== hostname() ? ` on ${holder.host}` : '';
  return `another mindlines (pid ${holder.pid}${host}, ${holder.what}, since ${since})`;
};

const lockNames = { entry: 'an entry', sync: 'the journal (a sync)', index: 'the index' } as const;

/** Locks, damaged or hostile files, crashes and the disk (issue 14: records that survive). */
export const reliabilityMessages = {
  lockUnwritable: (folder: string, error: unknown) =>
    `cannot take a lock in ${folder}: ${describeError(error)}; mindlines must be able to write in the journal's .mindlines/ folder to change anything`,
  lockTimeout: (file: string, holder: LockHolder | undefined) =>
    `gave up waiting for ${who(holder)} to release ${file}; try again when it has finished, or delete that file if no mindlines is running`,
  noticeWaiting: (lock: keyof typeof lockNames, holder: LockHolder | undefined) => `waiting for ${who(holder)} to release ${lockNames[lock]}…`,
  noticeTakenOver: (lock: keyof typeof lockNames, holder: LockHolder) =>
    `${who(holder)} stopped without releasing ${lockNames[lock]}; its lock was taken over`,
  noticeIndexInMemory: (folder: string, code: string) =>
    `note: the index cannot be saved in ${folder}: ${describeError({ code })}; answering from the files this time`,
  noticeDebris: (rescued: number, removed: number) =>
    [
      rescued > 0 ? `kept ${rescued} half-written ${rescued === 1 ? 'file' : 'files'} from a mindlines that was stopped; see \`mindlines recover\`` : '',
      removed > 0 ? `removed ${removed} leftover temp ${removed === 1 ? 'file' : 'files'} identical to ${removed === 1 ? 'its entry' : 'their entries'}` : '',
    ]
      .filter(Boolean)
      .join('; '),
  debrisProblem: (target: string) =>
    `a half-written copy of ${target} left by a mindlines that was stopped; the next mindlines command keeps it in .mindlines/rescued/ (see \`mindlines recover\`)`,
  outsideJournal: (path: string, real: string) => `${path} leads outside the journal (to ${real}) through a symbolic link; refused`,
  symlinkedFolder: (path: string) => `${path} is a symbolic link; mindlines only reads and writes real folders inside the journal`,
  notUtf8: (where: string, offset: number) =>
    `${where} is not valid UTF-8 (at byte ${offset}); mindlines will not read or rewrite it. Convert it first, e.g. iconv -f latin1 -t utf-8`,
  systemError: (path: string | undefined, error: unknown) => (path ? `${path}: ${describeError(error)}` : describeError(error)),
  journalIsFile: (root: string) => `${root} is a file, not a journal folder; give the folder that holds mindlines.yaml`,
  journalUnreadable: (root: string, error: unknown) => `cannot read the journal at ${root}: ${describeError(error)}`,
  /** One line for something an open journal reports while a command works (core/ports.ts JournalNotice). */
  notice: (notice: JournalNotice): string => {
    switch (notice.kind) {
      case 'waiting':
        return reliabilityMessages.noticeWaiting(notice.lock, notice.holder);
      case 'lock-taken-over':
        return reliabilityMessages.noticeTakenOver(notice.lock, notice.holder);
      case 'index-in-memory':
        return reliabilityMessages.noticeIndexInMemory(notice.folder, notice.code);
      case 'debris':
        return reliabilityMessages.noticeDebris(notice.rescued.length, notice.removed);
    }
  },
} as const;
