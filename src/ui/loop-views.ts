import Table from 'cli-table3';
import { actionRef, type ActionRow } from '../core/loop/action-items.js';
import type { LedgerLine } from '../core/loop/belief-ledger.js';
import type { LoopStats } from '../core/loop/loop-stats.js';
import { shortId } from '../core/entries/short-id.js';
import { isMissingLink, type EntryLinks, type LinkedEntry } from '../core/entries/links.js';
import type { ReviewItem } from '../core/loop/review-items.js';
import type { Firmness } from '../core/entries/vocabulary.js';
import { messages } from './messages.js';
import type { Ui } from './output.js';

/**
 * How actions, review items, the belief ledger and links between entries look in a terminal, and as `--json`.
 * Text from entries always goes through `ui.safe`.
 */

const truncate = (text: string, width: number) => (text.length > width ? `${text.slice(0, Math.max(1, width - 1))}…` : text);

const BORDERLESS = {
  chars: {
    top: '', 'top-mid': '', 'top-left': '', 'top-right': '', bottom: '', 'bottom-mid': '', 'bottom-left': '',
    'bottom-right': '', left: '', 'left-mid': '', mid: '', 'mid-mid': '', right: '', 'right-mid': '', middle: '  ',
  },
  style: { head: [], border: [], 'padding-left': 0, 'padding-right': 0 },
};

/** An entry as a link target in JSON: enough to find it again. */
export function entryRefJson(entry: LinkedEntry): Record<string, unknown> {
  return { id: entry.meta.id, title: entry.meta.title, date: entry.meta.date, path: entry.path };
}

export function days(n: number): string {
  return n === 1 ? '1 day' : `${n} days`;
}

// ---- actions ----

export function actionRowJson(row: ActionRow): Record<string, unknown> {
  return {
    ref: actionRef(row.entry, row.index, true),
    short_ref: actionRef(row.entry, row.index),
    index: row.index,
    text: row.action.text,
    due: row.action.due ?? null,
    status: row.status,
    done: row.status === 'done',
    done_on: row.doneOn ?? null,
    dropped_on: row.droppedOn ?? null,
    note: row.action.note ?? null,
    age_days: row.ageDays,
    entry: entryRefJson(row.entry),
  };
}

export function actionsTable(rows: ActionRow[], ui: Ui, columns = 100): string {
  const textWidth = Math.max(24, Math.min(60, columns - 70));
  const table = new Table({ head: ['action', 'status', 'due', 'text', 'entry', 'age'].map((h) => ui.color.bold(h)), ...BORDERLESS });
  for (const row of rows) {
    const status =
      row.status === 'overdue'
        ? ui.color.red('overdue')
        : row.status === 'done'
          ? ui.color.green(`done ${row.doneOn ?? ''}`.trim())
          : row.status === 'dropped'
            ? ui.color.dim(`dropped ${row.droppedOn ?? ''}`.trim())
            : 'open';
    table.push([
      actionRef(row.entry, row.index),
      status,
      row.action.due ?? '',
      ui.safe(truncate(row.action.text, textWidth)),
      ui.safe(truncate(row.entry.meta.title, 30)),
      days(row.ageDays),
    ]);
  }
  return table.toString();
}

// ---- review ----

export function reviewItemJson(item: ReviewItem): Record<string, unknown> {
  const json: Record<string, unknown> = {
    kind: item.kind,
    key: item.key,
    index: item.index,
    text: item.text,
    due: item.schedule.due ?? null,
    interval_days: item.schedule.interval,
    reviews: item.schedule.history.length,
    last_review: item.schedule.history[item.schedule.history.length - 1]?.date ?? null,
    entry: entryRefJson(item.entry),
  };
  if (item.kind === 'action') {
    json.ref = actionRef(item.entry, item.index, true);
    json.action_due = item.actionDue ?? null;
  } else {
    json.firmness = item.firmness ?? null;
  }
  return json;
}

export function reviewTable(items: ReviewItem[], ui: Ui, columns = 100): string {
  const textWidth = Math.max(24, Math.min(60, columns - 62));
  const table = new Table({ head: ['due', 'what', 'text', 'entry', 'last'].map((h) => ui.color.bold(h)), ...BORDERLESS });
  for (const item of items) {
    const what = item.kind === 'action' ? `action ${actionRef(item.entry, item.index)}` : `belief${item.firmness ? ` (${item.firmness})` : ''}`;
    const last = item.schedule.history[item.schedule.history.length - 1]?.date ?? 'never';
    table.push([item.schedule.due ?? '', what, ui.safe(truncate(item.text, textWidth)), ui.safe(truncate(item.entry.meta.title, 26)), last]);
  }
  return table.toString();
}

// ---- beliefs ----

const SPARK: Record<Firmness, string> = { straw: '▂', wood: '▄', brick: '▆', concrete: '█' };

/** A firmness sequence as a sparkline: one block per point, taller for firmer. */
export function sparkline(sequence: readonly Firmness[]): string {
  return sequence.map((f) => SPARK[f]).join('');
}

export function ledgerLineJson(line: LedgerLine): Record<string, unknown> {
  return {
    belief: line.belief,
    now: line.now,
    firmness: line.firmness,
    latest_firmness: line.firmness[line.firmness.length - 1] ?? null,
    accommodation: line.accommodation,
    revisits: line.points.length - 1,
    points: line.points.map((p) => ({
      date: p.date,
      firmness: p.firmness ?? null,
      outcome: p.outcome ?? null,
      belief: p.belief,
      after: p.after ?? null,
      source: p.source,
      entry: entryRefJson(p.entry),
    })),
    moved_by: line.movedBy.map((m) => ({ ...entryRefJson(m.entry), outcome: m.outcome ?? null, from: m.from ?? null, to: m.to ?? null })),
  };
}

function ledgerBlock(line: LedgerLine, ui: Ui, columns: number): string[] {
  const c = ui.color;
  const width = Math.max(40, columns - 4);
  const out = [c.bold(ui.safe(truncate(line.belief, width)))];
  const sequence = line.firmness.length > 0 ? `${line.firmness.join(' → ')}  ${sparkline(line.firmness)}` : messages.ledgerNoFirmness;
  const span = messages.ledgerSpan(line.points.length, line.points[0]?.date ?? '', line.points[line.points.length - 1]?.date ?? '');
  out.push(`  ${sequence}   ${c.dim(span)}`);
  if (line.now !== line.belief) out.push(`  ${messages.ledgerNow} ${ui.safe(truncate(line.now, width - 7))}`);
  if (line.movedBy.length > 0) {
    out.push(`  ${messages.ledgerMovedBy}`);
    for (const m of line.movedBy) {
      const how = [m.from && m.to ? `${m.from} → ${m.to}` : undefined, m.outcome].filter(Boolean).join(', ');
      out.push(`    ${m.entry.meta.date}  ${shortId(m.entry.meta.id)}  ${how.padEnd(24)}  ${ui.safe(truncate(m.entry.meta.title, Math.max(20, width - 44)))}`);
    }
  }
  return out;
}

/** The ledger: accommodation first under its own heading, then every other belief. */
export function ledgerText(lines: LedgerLine[], ui: Ui, columns = 100): string {
  const out: string[] = [];
  const firm = lines.filter((l) => l.accommodation);
  const rest = lines.filter((l) => !l.accommodation);
  if (firm.length > 0) {
    out.push(ui.color.yellow(messages.ledgerAccommodation(firm.length)), '');
    for (const line of firm) out.push(...ledgerBlock(line, ui, columns), '');
  }
  if (rest.length > 0) {
    if (firm.length > 0) out.push(ui.color.bold(messages.ledgerOthers), '');
    for (const line of rest) out.push(...ledgerBlock(line, ui, columns), '');
  }
  return out.join('\n').trimEnd();
}

// ---- links ----

export function linksJson(links: EntryLinks): Record<string, unknown> {
  return {
    builds_on: links.buildsOn.map((link) => (isMissingLink(link) ? { id: link.id, missing: true } : { ...entryRefJson(link), template: link.meta.template ?? null })),
    built_on_by: links.builtOnBy.map((entry) => ({ ...entryRefJson(entry), template: entry.meta.template ?? null })),
  };
}

export function linksText(links: EntryLinks, ui: Ui): string[] {
  const out: string[] = [];
  const line = (entry: LinkedEntry) => `  ${entry.meta.id}  ${entry.meta.date}  ${ui.safe(entry.meta.title)}`;
  if (links.buildsOn.length > 0) {
    out.push(messages.linksBuildsOn);
    for (const link of links.buildsOn) out.push(isMissingLink(link) ? `  ${ui.safe(link.id)}  ${ui.color.dim(messages.linkMissing)}` : line(link));
  }
  if (links.builtOnBy.length > 0) {
    out.push(messages.linksBuiltOnBy);
    for (const entry of links.builtOnBy) out.push(line(entry));
  }
  return out;
}

// ---- stats ----

const percent = (share: number | null) => (share === null ? '' : ` (${Math.round(share * 100)}%)`);

/** The three loop figures `stats` adds under its charts. */
export function loopStatsText(loop: LoopStats, ui: Ui): string {
  const w = messages.loopStats;
  const a = loop.actions;
  const b = loop.beliefs;
  return [
    '',
    ui.color.bold(w.heading),
    `  ${w.reachedAction.padEnd(20)}${w.reachedActionValue(loop.reachedAction, loop.reflections)}${percent(loop.reachedActionShare)}`,
    `  ${w.onTime.padEnd(20)}${w.onTimeValue(a.doneOnTime, a.doneOnTime + a.doneLate + a.overdue)}${percent(a.onTimeShare)}${w.onTimeDetail(a.done, a.open, a.overdue)}`,
    `  ${w.beliefsChanged.padEnd(20)}${w.beliefsChangedValue(b.changed, b.recorded)}${w.beliefsDetail(b.challenged, b.accommodation)}`,
  ].join('\n');
}
