import { actionRef, type ActionRow } from '../core/loop/action-items.js';
import type { LedgerLine } from '../core/loop/belief-ledger.js';
import type { LoopStats } from '../core/loop/loop-stats.js';
import { shortId } from '../core/entries/short-id.js';
import { isMissingLink, type EntryLinks, type LinkedEntry } from '../core/entries/links.js';
import type { ReviewItem } from '../core/loop/review-items.js';
import type { Firmness } from '../core/entries/vocabulary.js';
import { messages } from './messages.js';
import { fitTable, truncate as cut, type Cell } from './fit-table.js';
import type { Ui } from './output.js';

/**
 * How actions, review items, the belief ledger and links between entries look in a terminal, and as `--json`.
 * Text from entries always goes through `ui.safe`.
 */

const truncate = (text: string, width: number) => cut(text, width);

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

/** Every action, fitted to the terminal (issue 17): the action's text and its entry's title give way first. */
export function actionsTable(rows: ActionRow[], ui: Ui, columns = 100): string {
  const c = ui.color;
  const cells = rows.map((row): Cell[] => [
    actionRef(row.entry, row.index),
    row.status === 'overdue'
      ? { text: 'overdue', style: c.red }
      : row.status === 'done'
        ? { text: `done ${row.doneOn ?? ''}`.trim(), style: c.green }
        : row.status === 'dropped'
          ? { text: `dropped ${row.droppedOn ?? ''}`.trim(), style: c.dim }
          : 'open',
    row.action.due ?? '',
    ui.safe(row.action.text),
    ui.safe(row.entry.meta.title),
    days(row.ageDays),
  ]);
  const spec = [
    { header: 'action', weight: 0 },
    { header: 'status', weight: 0 },
    { header: 'due', weight: 0, dropOrder: 2 },
    { header: 'text', min: 16, max: 60, weight: 3 },
    { header: 'entry', min: 10, max: 30, weight: 1, dropOrder: 1 },
    { header: 'age', weight: 0, dropOrder: 3 },
  ];
  return fitTable(spec, cells, columns, (h) => c.bold(h));
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
  const cells = items.map((item): Cell[] => [
    item.schedule.due ?? '',
    item.kind === 'action' ? `action ${actionRef(item.entry, item.index)}` : `belief${item.firmness ? ` (${item.firmness})` : ''}`,
    ui.safe(item.text),
    ui.safe(item.entry.meta.title),
    item.schedule.history[item.schedule.history.length - 1]?.date ?? 'never',
  ]);
  const spec = [
    { header: 'due', weight: 0 },
    { header: 'what', weight: 0 },
    { header: 'text', min: 16, max: 60, weight: 3 },
    { header: 'entry', min: 10, max: 26, weight: 1, dropOrder: 1 },
    { header: 'last', weight: 0, dropOrder: 2 },
  ];
  return fitTable(spec, cells, columns, (h) => ui.color.bold(h));
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
