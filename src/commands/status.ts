import { formatLocalDate } from '../codecs/dates.js';
import type { Context } from '../container.js';
import { cpdYear } from '../core/cpd/cpd-year.js';
import { messages } from '../ui/messages.js';
import { reportProblems } from './list.js';

/** `mindlines` with no command and no terminal: where the journal is, how much is in it, what to try. */
export async function runStatus(ctx: Context): Promise<void> {
  const { entries, problems } = await ctx.journal.query();
  const today = formatLocalDate(ctx.clock.now());
  const year = cpdYear(today, ctx.config.yearStart);
  // As a CPD summary counts (issue 12): nothing dated after today, no unfinished note, no archived entry.
  const upTo = year.to < today ? year.to : today;
  const thisYear = entries.filter((e) => e.meta.date >= year.from && e.meta.date <= upTo && e.meta.status !== 'archived');
  const hours = Math.round(thisYear.filter((e) => e.meta.status !== 'draft').reduce((sum, e) => sum + (e.meta.hours ?? 0), 0) * 100) / 100;
  const drafts = entries.filter((e) => e.meta.status === 'draft').length;
  const interviews = (await ctx.drafts.list()).drafts.length;
  const rescued = (await ctx.rescued.list()).length;
  if (ctx.globals.json) {
    ctx.ui.json({
      journal: ctx.root,
      name: ctx.config.name,
      mode: ctx.config.mode,
      profile: ctx.config.profile,
      entries: entries.length,
      drafts,
      unfinishedInterviews: interviews,
      rescued,
      year,
      hoursThisYear: hours,
      entriesThisYear: thisYear.length,
      problems: problems.length,
    });
    return;
  }
  reportProblems(ctx.ui, problems);
  const c = ctx.ui.color;
  const lines = [
    c.bold(ctx.ui.safe(messages.statusTitle(ctx.config.name))),
    `  journal   ${ctx.ui.safe(ctx.root)} (${ctx.config.mode}, profile ${ctx.config.profile})`,
    `  entries   ${entries.length}${drafts > 0 ? ` (${drafts} to finish)` : ''}`,
    ...(interviews > 0 ? [messages.statusDrafts(interviews)] : []),
    ...(rescued > 0 ? [messages.statusRescued(rescued)] : []),
    messages.statusThisYear(thisYear.length, hours, year.from, upTo),
    '',
    'Try:',
    ...messages.statusTry.map((line) => `  ${line}`),
  ];
  ctx.ui.data(lines.join('\n'));
}
