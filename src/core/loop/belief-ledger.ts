import type { Belief, EntryHead } from '../entries/entry.js';
import { FOLLOW_UP_TEMPLATE, itemKey, rawReview } from './review-state.js';
import { firmnessRank, readSchedule } from './review-schedule.js';
import type { BeliefOutcome, Firmness } from '../entries/vocabulary.js';

/**
 * The belief ledger (DESIGN.md "Theory": constructivism). A belief recorded in one entry and revisited in later ones
 * (follow-ups written by `review`, or any entry whose `builds_on` names it) is one line of the ledger, with how
 * firmly it was held at each point and the entries that moved it. Pure: entries in, ledger out.
 */

/** One moment in a belief's life. */
export interface LedgerPoint {
  date: string;
  /** How firmly it was held then (an entry's `before`, or the firmness given at a review). */
  firmness?: Firmness;
  outcome?: BeliefOutcome;
  /** The belief as worded at this point. */
  belief: string;
  /** What was believed instead, when this point changed it. */
  after?: string;
  /** The entry that recorded it; for a review with no follow-up entry, the entry whose schedule holds it. */
  entry: EntryHead;
  /** 1-based position of the belief in that entry's `beliefs`. */
  index: number;
  source: 'entry' | 'review';
}

export interface LedgerLine {
  /** As first recorded. */
  belief: string;
  /** As held at the latest point. */
  now: string;
  points: LedgerPoint[];
  /** The known firmness at each point, in order. */
  firmness: Firmness[];
  /** Entries whose outcome challenged or changed it, or that recorded a different firmness from the point before. */
  movedBy: { entry: EntryHead; outcome?: BeliefOutcome; from?: Firmness; to?: Firmness }[];
  /**
   * Accommodation: held firmly (brick or concrete) at some point and challenged, changed or held less firmly at
   * that point or later. The reflections regulators value most.
   */
  accommodation: boolean;
}

/** Text compared loosely: case, spacing and closing punctuation do not make two beliefs different. */
export function normaliseBelief(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/[.!?;:,\s]+$/g, '')
    .trim();
}

interface Node {
  entry: EntryHead;
  index: number;
  belief: Belief;
}

function byDate(a: EntryHead, b: EntryHead): number {
  return (
    a.meta.date.localeCompare(b.meta.date) ||
    (a.meta.created ?? '').localeCompare(b.meta.created ?? '') ||
    a.meta.id.localeCompare(b.meta.id)
  );
}

/** The wordings a node's belief has had: as recorded, as changed to, and as changed to at its reviews. */
function wordingsOf(node: Node): string[] {
  const texts = [node.belief.belief];
  if (node.belief.after) texts.push(node.belief.after);
  for (const record of historyOf(node)) if (typeof record.belief === 'string') texts.push(record.belief);
  return texts.map(normaliseBelief);
}

function historyOf(node: Node) {
  const raw = rawReview(node.entry)?.[itemKey('belief', node.index)];
  if (raw === undefined) return [];
  const schedule = readSchedule(itemKey('belief', node.index), raw);
  return 'message' in schedule ? [] : schedule.history;
}

const FIRM = (f: Firmness | undefined) => f !== undefined && firmnessRank(f) >= firmnessRank('brick');

/** Every belief in the journal, revisits grouped, accommodation first, then the most recently touched. */
export function beliefLedger(entries: readonly EntryHead[]): LedgerLine[] {
  const sorted = [...entries].sort(byDate);
  const byId = new Map(sorted.map((entry) => [entry.meta.id, entry]));
  const nodes: Node[] = [];
  const nodesOf = new Map<string, number[]>();
  for (const entry of sorted) {
    const ids: number[] = [];
    entry.meta.beliefs.forEach((belief, i) => {
      ids.push(nodes.length);
      nodes.push({ entry, index: i + 1, belief });
    });
    nodesOf.set(entry.meta.id, ids);
  }
  // Union-find; each group keeps the set of wordings its beliefs have had, so a later revisit of a changed belief
  // (worded as the new belief) still finds its line.
  const parent = nodes.map((_, i) => i);
  const wordings = nodes.map((node) => new Set(wordingsOf(node)));
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i] as number] as number;
      i = parent[i] as number;
    }
    return i;
  };
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) return;
    parent[rb] = ra;
    for (const text of wordings[rb] as Set<string>) (wordings[ra] as Set<string>).add(text);
  };
  for (const entry of sorted) {
    const own = nodesOf.get(entry.meta.id) ?? [];
    const targets = entry.meta.builds_on
      .map((id) => byId.get(id.toUpperCase()))
      .filter((target): target is EntryHead => target !== undefined && target !== entry);
    for (const n of own) {
      const text = normaliseBelief((nodes[n] as Node).belief.belief);
      let linked = false;
      for (const target of targets) {
        for (const t of nodesOf.get(target.meta.id) ?? []) {
          if ((wordings[find(t)] as Set<string>).has(text)) {
            union(t, n);
            linked = true;
          }
        }
      }
      // A follow-up reworded: its one belief, following up an entry with one belief, is that belief. (An ordinary
      // entry that builds on another may well be about something else.)
      if (!linked && own.length === 1 && entry.meta.template === FOLLOW_UP_TEMPLATE) {
        for (const target of targets) {
          const theirs = nodesOf.get(target.meta.id) ?? [];
          if (theirs.length === 1) union(theirs[0] as number, n);
        }
      }
    }
  }
  const groups = new Map<number, Node[]>();
  nodes.forEach((node, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), node]);
  });
  const lines = [...groups.values()].map((group) => lineOf(group, byId));
  const latest = (line: LedgerLine) => line.points[line.points.length - 1]?.date ?? '';
  return lines.sort(
    (a, b) => Number(b.accommodation) - Number(a.accommodation) || latest(b).localeCompare(latest(a)) || a.belief.localeCompare(b.belief),
  );
}

function lineOf(group: Node[], byId: Map<string, EntryHead>): LedgerLine {
  const points: LedgerPoint[] = [];
  for (const node of group) {
    const point: LedgerPoint = { date: node.entry.meta.date, belief: node.belief.belief, entry: node.entry, index: node.index, source: 'entry' };
    if (node.belief.before) point.firmness = node.belief.before;
    if (node.belief.outcome) point.outcome = node.belief.outcome;
    if (node.belief.after) point.after = node.belief.after;
    points.push(point);
    let current = node.belief.outcome === 'changed' && node.belief.after ? node.belief.after : node.belief.belief;
    for (const record of historyOf(node)) {
      const followUp = typeof record.follow_up === 'string' ? byId.get(record.follow_up.toUpperCase()) : undefined;
      const before = current;
      if (record.belief) current = record.belief;
      // A review that wrote a follow-up entry is told by that entry.
      if (followUp) continue;
      const review: LedgerPoint = { date: record.date, belief: before, entry: node.entry, index: node.index, source: 'review' };
      if (record.firmness) review.firmness = record.firmness;
      if (record.belief) {
        review.outcome = 'changed';
        review.after = record.belief;
      }
      points.push(review);
    }
  }
  points.sort((a, b) => a.date.localeCompare(b.date) || (a.source === b.source ? byDate(a.entry, b.entry) : a.source === 'entry' ? -1 : 1));
  const first = points[0] as LedgerPoint;
  const last = points[points.length - 1] as LedgerPoint;
  const movedBy: LedgerLine['movedBy'] = [];
  let previous: Firmness | undefined;
  let accommodation = false;
  let heldFirmly: Firmness | undefined;
  for (const point of points) {
    const challenged = point.outcome === 'challenged' || point.outcome === 'changed';
    if (FIRM(point.firmness) && (heldFirmly === undefined || firmnessRank(point.firmness as Firmness) > firmnessRank(heldFirmly))) {
      heldFirmly = point.firmness;
    }
    if (heldFirmly !== undefined && (challenged || (point.firmness !== undefined && firmnessRank(point.firmness) < firmnessRank(heldFirmly)))) {
      accommodation = true;
    }
    const moved = challenged || (previous !== undefined && point.firmness !== undefined && point.firmness !== previous);
    if (moved && point.source === 'entry') {
      const item: LedgerLine['movedBy'][number] = { entry: point.entry };
      if (point.outcome) item.outcome = point.outcome;
      if (previous && point.firmness && point.firmness !== previous) {
        item.from = previous;
        item.to = point.firmness;
      }
      movedBy.push(item);
    }
    if (point.firmness) previous = point.firmness;
  }
  const now = last.outcome === 'changed' && last.after ? last.after : last.belief;
  return {
    belief: first.belief,
    now,
    points,
    firmness: points.map((p) => p.firmness).filter((f): f is Firmness => f !== undefined),
    movedBy,
    accommodation,
  };
}

/**
 * How firmly the belief of a line is held at its latest point. Unknown after a change: the firmness recorded with
 * a change is about the belief given up.
 */
export function currentFirmness(line: LedgerLine): Firmness | undefined {
  let firmness: Firmness | undefined;
  for (const point of line.points) {
    if (point.outcome === 'changed') firmness = undefined;
    else if (point.firmness) firmness = point.firmness;
  }
  return firmness;
}

/** The ledger line of every belief, keyed `ENTRY-ID#N`. */
export function linesByBelief(ledger: readonly LedgerLine[]): Map<string, LedgerLine> {
  const map = new Map<string, LedgerLine>();
  for (const line of ledger) for (const point of line.points) if (point.source === 'entry') map.set(`${point.entry.meta.id}#${point.index}`, line);
  return map;
}
