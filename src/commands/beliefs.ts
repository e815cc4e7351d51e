import type { Context } from '../container.js';
import { beliefLedger } from '../core/loop/belief-ledger.js';
import { ledgerLineJson, ledgerText } from '../ui/loop-views.js';
import { messages } from '../ui/messages.js';
import { reportProblems } from './list.js';

/** `mindlines beliefs`: the belief ledger, each belief with its firmness over time and the entries that moved it. */
export async function runBeliefs(ctx: Context): Promise<void> {
  const { entries, problems } = await ctx.journal.query();
  reportProblems(ctx.ui, problems);
  const ledger = beliefLedger(entries);
  if (ctx.globals.json) {
    ctx.ui.json(ledger.map(ledgerLineJson));
    return;
  }
  if (ledger.length === 0) {
    ctx.ui.info(messages.noBeliefs);
    return;
  }
  await ctx.ui.page(ledgerText(ledger, ctx.ui, ctx.runtime.stdout.columns));
}
