import type { Context } from '../container.js';
import { messages } from '../ui/messages.js';
import { progressBar } from '../ui/progress.js';
import { reportProblems } from './list.js';

/** `mindlines reindex`: forget the index and read every entry file again, with a progress bar on a terminal. */
export async function runReindex(ctx: Context): Promise<void> {
  const progress = progressBar(ctx.runtime.stderr, 'indexing', Boolean(ctx.runtime.stderr.isTTY) && !ctx.ui.quiet);
  let snapshot;
  try {
    snapshot = await ctx.journal.reindex((done, total) => progress.update(done, total));
  } finally {
    progress.stop();
  }
  reportProblems(ctx.ui, snapshot.problems);
  if (ctx.globals.json) {
    ctx.ui.json({ entries: snapshot.entries.length, problems: snapshot.problems });
    return;
  }
  ctx.ui.success(messages.reindexed(snapshot.entries.length, snapshot.problems.length));
}
