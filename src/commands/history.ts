import { historyState, versionsOf } from '../app/history.js';
import type { Context } from '../container.js';
import { fitTable } from '../ui/fit-table.js';
import { messages } from '../ui/messages.js';

export interface HistoryOptions {
  ref?: string | undefined;
  limit?: string | undefined;
}

/** `mindlines history [ID]`: an entry's versions in git, or the journal's latest changes (issue 17). */
export async function runHistory(opts: HistoryOptions, ctx: Context): Promise<void> {
  const { parseLimit } = await import('./list.js');
  const entry = opts.ref ? await ctx.journal.find(opts.ref) : undefined;
  const versions = await versionsOf(ctx, entry?.path, parseLimit(opts.limit) ?? (entry ? 100 : 20));
  if (ctx.globals.json) {
    ctx.ui.json(versions.map((v) => ({ commit: v.commit, date: v.date, subject: v.subject, by_mindlines: v.change !== undefined })));
    return;
  }
  const state = await historyState(ctx);
  if (!state.enabled) ctx.ui.info(messages.historyOff(state.reason));
  if (versions.length === 0) {
    ctx.ui.info(ctx.ui.safe(messages.historyNone(entry ? `"${entry.meta.title}"` : 'this journal')));
    return;
  }
  const c = ctx.ui.color;
  const rows = versions.map((v) => [v.date.slice(0, 16).replace('T', ' '), { text: v.commit.slice(0, 8), style: c.dim }, ctx.ui.safe(v.subject)]);
  await ctx.ui.page(fitTable([{ header: 'date', weight: 0 }, { header: 'commit', weight: 0 }, { header: 'change', min: 10 }], rows, ctx.runtime.stdout.columns ?? 100, (h) => c.bold(h)));
  const example = `${versions[0]?.commit.slice(0, 8) ?? 'HEAD'}${entry ? `:${entry.path}` : ''}`;
  ctx.ui.info(c.dim(messages.historyShowHint(ctx.root, example)));
}
