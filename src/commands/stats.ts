import { formatLocalDate } from '../codecs/dates.js';
import type { Context } from '../container.js';
import { buildStats, type CpdStats } from '../core/cpd/cpd-stats.js';
import { matchesFilter } from '../core/entries/filters.js';
import { loopStats } from '../core/loop/loop-stats.js';
import { labels } from '../exporters/labels.js';
import { bar, fit, progressBar } from '../ui/charts.js';
import { fitLines } from '../ui/fit-table.js';
import { loopStatsText } from '../ui/loop-views.js';
import { messages } from '../ui/messages.js';
import type { Ui } from '../ui/output.js';
import { readSpan, resolvePeriod, yearStartFor } from '../app/cpd-period.js';
import type { Entry } from '../core/entries/entry.js';
import { reportProblems } from './list.js';

export interface StatsOptions {
  from?: string;
  to?: string;
  profile?: string;
  author?: string;
}

const num = (n: number) => String(Math.round(n * 100) / 100);

/** The charts as text: hours per month, activity mix, who I learned with, progress, tags. */
export function renderStats(stats: CpdStats, ui: Ui, columns = 80, terminal?: number): string {
  const c = ui.color;
  const label = Math.min(34, Math.max(14, Math.floor(columns * 0.35)));
  const width = Math.max(10, Math.min(40, columns - label - 24));
  const out: string[] = [];
  const heading = (text: string) => out.push('', c.bold(text));
  out.push(
    c.bold(ui.safe(`${stats.profile.name}: ${labels.periodText(stats.period.from, stats.period.to, stats.period.label)}`)),
    messages.statsTotals(stats.entries, num(stats.hours), num(stats.participatoryHours), stats.profile.unit === 'credits' ? num(stats.credits) : undefined),
  );

  heading(messages.statsHeadings.months);
  const maxHours = Math.max(0, ...stats.months.map((m) => m.hours));
  for (const m of stats.months) {
    out.push(`  ${m.month}  ${fit(bar(m.hours, maxHours, width), width)}  ${num(m.hours).padStart(5)} h  ${m.entries}`);
  }

  if (stats.activities.length > 0) {
    heading(messages.statsHeadings.activities);
    const max = Math.max(...stats.activities.map((a) => a.hours));
    for (const a of stats.activities) {
      out.push(`  ${fit(ui.safe(a.name || messages.statsNoActivity), label)}  ${fit(bar(a.hours, max, width), width)}  ${num(a.hours).padStart(5)} h  ${a.entries}`);
    }
  }
  if (stats.categories.length > 0) {
    heading(messages.statsHeadings.categories);
    const max = Math.max(...stats.categories.map((a) => a.hours));
    for (const a of stats.categories) out.push(`  ${fit(ui.safe(a.name), label)}  ${fit(bar(a.hours, max, width), width)}  ${num(a.hours).padStart(5)} h  ${a.entries}`);
  }
  if (stats.learnedWith.length > 0) {
    heading(messages.statsHeadings.learnedWith);
    const max = Math.max(...stats.learnedWith.map((l) => l.entries));
    for (const l of stats.learnedWith) out.push(`  ${fit(l.value, label)}  ${fit(bar(l.entries, max, width), width)}  ${String(l.entries).padStart(5)}`);
  }
  if (stats.requirements.length > 0) {
    heading(messages.statsHeadings.progress);
    const percentOf = (r: (typeof stats.requirements)[number]) => (r.comparison === 'at-most' ? '' : `${Math.min(999, Math.round(r.required > 0 ? (r.achieved / r.required) * 100 : 100))}%`);
    // One bar width for every requirement, so the bars line up.
    const widestTail = Math.max(...stats.requirements.map((r) => `${labels.achievedText(r)} / ${labels.requiredText(r)}  ${percentOf(r)}  ${labels.notYetMet}`.length));
    for (const r of stats.requirements) {
      const pct = percentOf(r);
      const state = r.met ? c.green(labels.met) : c.yellow(labels.notYetMet);
      // The bar gives way to the figures after it; on a narrow terminal the name takes a line of its own (issue 17).
      const figures = `${labels.achievedText(r)} / ${labels.requiredText(r)}  ${pct}  ${state}`;
      const tail = widestTail;
      const name = ui.safe(r.name + labels.perSuffix[r.per]);
      // Piped (no terminal), each requirement stays on one line for whatever reads it.
      const oneLine = terminal === undefined || columns - label - 8 - tail >= 8;
      const room = terminal === undefined ? width : Math.max(4, Math.min(width, oneLine ? columns - label - 8 - tail : columns - 8 - tail));
      const graph = r.comparison === 'at-most' ? fit('', room + 2) : progressBar(r.achieved, r.required, room);
      if (oneLine) out.push(`  ${fit(name, label)}  ${graph}  ${figures}`.replace(/\s+$/, ''));
      else out.push(`  ${name}`, `    ${graph}  ${figures}`.replace(/\s+$/, ''));
    }
  }
  if (stats.tags.length > 0) {
    heading(messages.statsHeadings.tags);
    out.push(`  ${ui.safe(stats.tags.map((t) => `${t.tag} (${t.entries})`).join(', '))}`);
  }
  return out.join('\n');
}

export async function runStats(opts: StatsOptions, ctx: Context): Promise<void> {
  const profile = await ctx.profiles.get(opts.profile ?? ctx.config.profile);
  const now = ctx.clock.now();
  const period = await resolvePeriod(opts, profile, ctx.config, now);
  // Only the entries the period counts, and only their front matter (from the index): stats reads no entry file.
  const { entries: heads, problems } = await ctx.journal.query(readSpan(profile, period));
  reportProblems(ctx.ui, problems);
  // The counting looks at front matter only (cpd-stats.ts never reads a body), so the bodies stay unread.
  const entries = heads.map((head): Entry => ({ ...head, body: '' }));
  const mine = opts.author ? entries.filter((e) => matchesFilter(e, { author: opts.author })) : entries;
  const stats = buildStats(mine, profile, period, {
    yearStart: yearStartFor(profile, ctx.config),
    today: formatLocalDate(now),
    uncategorisedName: labels.uncategorised,
  });
  // Closing the loop (issue 8): reflections that reached an action, actions done on time, beliefs changed.
  const loop = loopStats(
    mine.filter((e) => e.meta.date >= period.from && e.meta.date <= period.to),
    formatLocalDate(now),
  );
  if (ctx.globals.json) {
    ctx.ui.json({ ...stats, loop });
    return;
  }
  if (stats.entries === 0) ctx.ui.info(messages.statsEmpty(period.from, period.to));
  ctx.ui.data(fitLines(`${renderStats(stats, ctx.ui, ctx.runtime.stdout.columns ?? 80, ctx.runtime.stdout.columns)}\n${loopStatsText(loop, ctx.ui)}`, ctx.runtime.stdout.columns));
}
