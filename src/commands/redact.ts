import { applyRedaction, planRedaction } from '../app/redact.js';
import type { Context } from '../container.js';
import { InputRequiredError } from '../errors.js';
import { messages } from '../ui/messages.js';
import { showRedactions } from '../ui/capture-view.js';
import { isInteractive } from './terminal.js';

export interface RedactOptions {
  ref: string;
  /** Low-confidence findings too. */
  all?: boolean | undefined;
  /** Write without asking (needed without a terminal). */
  yes?: boolean | undefined;
}

/** `mindlines redact ID`: shows each identifier and its placeholder, asks, then rewrites the entry. */
export async function runRedact(opts: RedactOptions, ctx: Context): Promise<void> {
  const plan = await planRedaction(ctx, opts.ref, { all: opts.all });
  const interactive = isInteractive(ctx.runtime);
  if (plan.redactions.length === 0) {
    ctx.ui.info(messages.redactNothing(plan.entry.path));
    if (ctx.globals.json) ctx.ui.json({ path: plan.entry.path, redactions: [], written: false });
    return;
  }
  showRedactions(ctx.ui, plan.entry.path, plan.redactions, interactive);
  if (!opts.yes) {
    if (!interactive) throw new InputRequiredError(messages.redactNeedsYes, { hint: messages.redactNeedsYesHint(opts.ref) });
    if (!(await (await ctx.prompter()).confirm({ message: messages.redactConfirm(plan.redactions.length), default: true }))) {
      ctx.ui.info(messages.redactDeclined);
      return;
    }
  }
  const saved = await applyRedaction(ctx, plan);
  ctx.ui.success(messages.redactDone(plan.redactions.length, saved.entry.path));
  if (ctx.globals.json) ctx.ui.json({ path: saved.entry.path, redactions: plan.redactions.map(({ before: _before, ...rest }) => rest), written: true });
  else ctx.ui.data(saved.entry.path);
}
