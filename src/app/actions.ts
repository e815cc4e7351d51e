import { formatLocalDate } from '../codecs/dates.js';
import type { Entry } from '../core/entries/entry.js';
import { actionRef, actionRows, actionsMarkedDone, actionsMarkedDropped, isActionClosed, isActionDone, parseActionRef, type ActionRow } from '../core/loop/action-items.js';
import type { Finding } from '../core/privacy/kinds.js';
import type { JournalPorts } from './context.js';

export interface ActionDone {
  /** The action as `list` shows it after the change (undefined when the number names no action). */
  row: ActionRow | undefined;
  /** ENTRY#N as shown to the person. */
  ref: string;
  text: string;
  /** Already done before: nothing was written; `doneOn` says when, if the entry recorded it. */
  alreadyDone: boolean;
  doneOn: string;
  entry: Entry;
  findings: Finding[];
}

/**
 * `actions done ENTRY#N`: records the date (and a note) on the action in its entry's front matter. Only the
 * `actions` key (and `updated`) change; every other byte of the file stays as it was.
 */
export async function markActionDone(ctx: Pick<JournalPorts, 'journal' | 'writer' | 'clock'>, ref: string, note?: string): Promise<ActionDone> {
  const { entry: entryRef, index } = parseActionRef(ref);
  const entry = await ctx.journal.find(entryRef);
  const today = formatLocalDate(ctx.clock.now());
  // Throws for an action number the entry does not have, before anything is written.
  actionsMarkedDone(entry, index, today, note);
  const action = entry.meta.actions[index - 1];
  const shown = actionRef(entry, index);
  if (action && isActionDone(action)) {
    const doneOn = typeof action.done === 'string' ? action.done : '';
    return { row: actionRows([entry], today).find((r) => r.index === index), ref: shown, text: action.text, alreadyDone: true, doneOn, entry, findings: [] };
  }
  // Worked out again from the file under the entry's lock: another `actions done` may have just marked another
  // action (or this one) of the same entry, and its change must be kept (issue 14).
  let doneMeanwhile: string | undefined;
  const saved = await ctx.writer.updateFrontMatter(entry, (current) => {
    const now = current.meta.actions[index - 1];
    if (now && isActionDone(now)) {
      doneMeanwhile = typeof now.done === 'string' ? now.done : '';
      return undefined;
    }
    return { actions: actionsMarkedDone(current, index, today, note) };
  });
  const row = actionRows([saved.entry], today).find((r) => r.index === index);
  if (doneMeanwhile !== undefined) {
    return { row, ref: shown, text: action?.text ?? '', alreadyDone: true, doneOn: doneMeanwhile, entry: saved.entry, findings: [] };
  }
  return { row, ref: shown, text: action?.text ?? '', alreadyDone: false, doneOn: today, entry: saved.entry, findings: saved.findings };
}

export interface ActionDropped {
  row: ActionRow | undefined;
  ref: string;
  text: string;
  /** Already done or dropped before: nothing was written. */
  alreadyClosed: boolean;
  entry: Entry;
  findings: Finding[];
}

/**
 * `actions drop ENTRY#N`: records the date (and why, as the note) an action was given up, so a development plan's
 * review lists it as dropped rather than still open. Only the `actions` key (and `updated`) change.
 */
export async function markActionDropped(ctx: Pick<JournalPorts, 'journal' | 'writer' | 'clock'>, ref: string, note?: string): Promise<ActionDropped> {
  const { entry: entryRef, index } = parseActionRef(ref);
  const entry = await ctx.journal.find(entryRef);
  const today = formatLocalDate(ctx.clock.now());
  const list = actionsMarkedDropped(entry, index, today, note);
  const action = entry.meta.actions[index - 1];
  const shown = actionRef(entry, index);
  if (action && isActionClosed(action)) {
    return { row: actionRows([entry], today).find((r) => r.index === index), ref: shown, text: action.text, alreadyClosed: true, entry, findings: [] };
  }
  const saved = await ctx.writer.updateFrontMatter(entry, { actions: list });
  const row = actionRows([saved.entry], today).find((r) => r.index === index);
  return { row, ref: shown, text: action?.text ?? '', alreadyClosed: false, entry: saved.entry, findings: saved.findings };
}
