import { daysBetween } from '../../codecs/dates.js';
import { UsageError } from '../../errors.js';
import type { Action, EntryHead } from '../entries/entry.js';
import { shortId } from '../entries/short-id.js';

/**
 * Action points across entries (Kolb's "try it"): where each stands today, and the front-matter change that marks
 * one done. Pure: "today" is passed in.
 */

export type ActionStatus = 'open' | 'overdue' | 'done' | 'dropped';

export interface ActionRow {
  entry: EntryHead;
  /** 1-based position in the entry's `actions`, as in `ENTRY#N`. */
  index: number;
  action: Action;
  status: ActionStatus;
  /** The date it was done, when `done:` holds a date. */
  doneOn?: string;
  /** The date it was dropped, when `dropped:` holds a date. */
  droppedOn?: string;
  /** Days since the entry that set the action. */
  ageDays: number;
}

export function isActionDone(action: Action): boolean {
  return action.done !== undefined && action.done !== false;
}

/** Given up: no longer part of the plan (and so not reviewed, not open, not overdue). */
export function isActionDropped(action: Action): boolean {
  return action.dropped !== undefined && action.dropped !== false;
}

/** Done or dropped: nothing more to do about it. */
export function isActionClosed(action: Action): boolean {
  return isActionDone(action) || isActionDropped(action);
}

export function actionStatus(action: Action, today: string): ActionStatus {
  if (isActionDone(action)) return 'done';
  if (isActionDropped(action)) return 'dropped';
  return action.due !== undefined && action.due < today ? 'overdue' : 'open';
}

/**
 * Every action of every entry: open and overdue ones first by due date (undated last), then done ones, most
 * recently done first.
 */
export function actionRows(entries: readonly EntryHead[], today: string): ActionRow[] {
  const rows: ActionRow[] = [];
  for (const entry of entries) {
    entry.meta.actions.forEach((action, i) => {
      const row: ActionRow = { entry, index: i + 1, action, status: actionStatus(action, today), ageDays: Math.max(0, daysBetween(entry.meta.date, today)) };
      if (typeof action.done === 'string') row.doneOn = action.done;
      if (typeof action.dropped === 'string') row.droppedOn = action.dropped;
      rows.push(row);
    });
  }
  const rank = (row: ActionRow) => (row.status === 'done' || row.status === 'dropped' ? 1 : 0);
  const closedOn = (row: ActionRow) => row.doneOn ?? row.droppedOn ?? '';
  return rows.sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (rank(a) === 1
        ? closedOn(b).localeCompare(closedOn(a))
        : (a.action.due ?? '9999-99-99').localeCompare(b.action.due ?? '9999-99-99')) ||
      a.entry.meta.date.localeCompare(b.entry.meta.date) ||
      a.index - b.index,
  );
}

/** How an action is named on the command line: the entry's short id, `#`, its number. */
export function actionRef(entry: EntryHead, index: number, full = false): string {
  return `${full ? entry.meta.id : shortId(entry.meta.id)}#${index}`;
}

/** Splits `ENTRY#N` into the entry reference and the 1-based action number. */
export function parseActionRef(ref: string): { entry: string; index: number } {
  const at = ref.lastIndexOf('#');
  const entry = at > 0 ? ref.slice(0, at).trim() : '';
  const number = at > 0 ? ref.slice(at + 1).trim() : '';
  if (!entry || !/^[1-9][0-9]*$/.test(number)) {
    throw new UsageError(`"${ref}" is not an action reference; write ENTRY#N, e.g. 7f3k#1 (the entry's id or short id, then the action's number)`, {
      hint: 'see the references with `mindlines actions`',
    });
  }
  return { entry, index: Number(number) };
}

/**
 * The new `actions` list of an entry with action `index` (1-based) marked done on `today`, with an optional note.
 * Starts from the raw front matter so keys mindlines does not know, inside each action too, are kept.
 */
export function actionsMarkedDone(entry: EntryHead, index: number, today: string, note?: string): unknown[] {
  return actionsMarked(entry, index, 'done', today, note);
}

/** The same, marking the action dropped (given up) on `today`: a development plan's review lists it as dropped. */
export function actionsMarkedDropped(entry: EntryHead, index: number, today: string, note?: string): unknown[] {
  return actionsMarked(entry, index, 'dropped', today, note);
}

function actionsMarked(entry: EntryHead, index: number, key: 'done' | 'dropped', today: string, note?: string): unknown[] {
  const raw = entry.frontMatter.actions;
  const list: unknown[] = Array.isArray(raw) ? [...raw] : typeof raw === 'string' ? [raw] : [];
  if (index < 1 || index > list.length) {
    const count = entry.meta.actions.length;
    throw new UsageError(
      `${shortId(entry.meta.id)}#${index}: "${entry.meta.title}" has ${count === 0 ? 'no actions' : count === 1 ? 'one action (#1)' : `${count} actions (#1 to #${count})`}`,
    );
  }
  const item = list[index - 1];
  const updated: Record<string, unknown> = typeof item === 'string' ? { text: item } : { ...(item as Record<string, unknown>) };
  updated[key] = today;
  if (note !== undefined && note.trim()) updated.note = note.trim();
  list[index - 1] = updated;
  return list;
}
