import { actionStatus } from './action-items.js';
import { beliefLedger } from './belief-ledger.js';
import type { EntryHead } from '../entries/entry.js';
import { FOLLOW_UP_TEMPLATE } from './review-items.js';
import { firmnessRank } from './review-schedule.js';
import type { Firmness } from '../entries/vocabulary.js';

/**
 * Whether reflection closes the loop (Kolb: experience, reflect, conceptualise, try): how many reflections reached
 * an action, how many actions were done by their date, and how many beliefs moved. Pure: "today" is passed in.
 */
export interface LoopStats {
  /** Entries that are reflections in their own right (follow-ups are not counted). */
  reflections: number;
  /** Reflections with at least one action. */
  reachedAction: number;
  /** reachedAction / reflections, 0 to 1; null with no reflections. */
  reachedActionShare: number | null;
  actions: {
    total: number;
    done: number;
    /** Done on or before their due date. */
    doneOnTime: number;
    /** Done after their due date. */
    doneLate: number;
    open: number;
    /** Open and past their due date. */
    overdue: number;
    /**
     * doneOnTime / (doneOnTime + doneLate + overdue): of the actions whose timing can be judged (a due date, and
     * either a done date or already overdue), the share done on time. null when none can be judged.
     */
    onTimeShare: number | null;
  };
  beliefs: {
    /** Lines of the belief ledger (a belief and its revisits count once). */
    recorded: number;
    /** Beliefs replaced by another (outcome `changed` at some point): accommodated. */
    changed: number;
    /** Beliefs challenged or held less firmly at some point, but not changed. */
    challenged: number;
    /** Beliefs held firmly (brick or concrete) and later challenged or changed. */
    accommodation: number;
  };
}

/** Whether a firmness sequence ever steps down (brick, then wood). */
function weakened(sequence: readonly Firmness[]): boolean {
  return sequence.some((f, i) => i > 0 && firmnessRank(f) < firmnessRank(sequence[i - 1] as Firmness));
}

const share = (part: number, whole: number): number | null => (whole === 0 ? null : Math.round((part / whole) * 1000) / 1000);

export function loopStats(entries: readonly EntryHead[], today: string): LoopStats {
  const reflections = entries.filter((entry) => entry.meta.template !== FOLLOW_UP_TEMPLATE);
  const reachedAction = reflections.filter((entry) => entry.meta.actions.length > 0).length;
  const actions = { total: 0, done: 0, doneOnTime: 0, doneLate: 0, open: 0, overdue: 0, onTimeShare: null as number | null };
  for (const entry of entries) {
    for (const action of entry.meta.actions) {
      actions.total++;
      const status = actionStatus(action, today);
      if (status === 'done') {
        actions.done++;
        if (action.due !== undefined && typeof action.done === 'string') {
          if (action.done <= action.due) actions.doneOnTime++;
          else actions.doneLate++;
        }
      } else if (status !== 'dropped') {
        actions.open++;
        if (status === 'overdue') actions.overdue++;
      }
    }
  }
  actions.onTimeShare = share(actions.doneOnTime, actions.doneOnTime + actions.doneLate + actions.overdue);
  const ledger = beliefLedger(entries);
  const changed = ledger.filter((line) => line.points.some((p) => p.outcome === 'changed'));
  const challenged = ledger.filter(
    (line) => !changed.includes(line) && (line.points.some((p) => p.outcome === 'challenged') || weakened(line.firmness)),
  );
  return {
    reflections: reflections.length,
    reachedAction,
    reachedActionShare: share(reachedAction, reflections.length),
    actions,
    beliefs: {
      recorded: ledger.length,
      changed: changed.length,
      challenged: challenged.length,
      accommodation: ledger.filter((line) => line.accommodation).length,
    },
  };
}
