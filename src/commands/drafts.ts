import type { Context } from '../container.js';
import { draftProgress, draftTitle } from '../core/reflection/draft.js';
import { UsageError } from '../errors.js';
import { fitTable } from '../ui/fit-table.js';
import { messages } from '../ui/messages.js';

export interface DraftsOptions {
  action?: string | undefined;
  id?: string | undefined;
}

/** `mindlines drafts [list | discard ID]`: the interviews left unfinished (Ctrl-C, a crash, a closed terminal). */
export async function runDrafts(opts: DraftsOptions, ctx: Context): Promise<void> {
  const store = ctx.drafts;
  const action = opts.action ?? 'list';
  if (action === 'discard') {
    if (!opts.id) throw new UsageError('give the id of the draft to discard', { hint: messages.draftNotFoundHint });
    const draft = await store.get(opts.id);
    await store.discard(draft.id);
    ctx.ui.success(messages.draftDiscarded(draft.id, ctx.ui.safe(draftTitle(draft))));
    return;
  }
  if (action !== 'list') throw new UsageError(`drafts takes list or discard ID, not "${action}"`);
  const { drafts, problems } = await store.list();
  for (const problem of problems) ctx.ui.warn(messages.draftProblem(problem.file, problem.message));
  const templates = await ctx.templates.all().catch(() => new Map());
  const now = ctx.clock.now();
  if (ctx.globals.json) {
    ctx.ui.json(
      drafts.map((d) => ({
        id: d.id,
        kind: d.kind,
        template: d.template,
        title: draftTitle(d),
        created: d.created,
        updated: d.updated,
        answered: d.asked.length,
        questions: templates.get(d.template)?.ask.length ?? null,
        ...(d.entry ? { entry: d.entry.path } : {}),
      })),
    );
    return;
  }
  if (drafts.length === 0) {
    ctx.ui.info(messages.noDrafts);
    return;
  }
  const rows = drafts.map((d) => {
    const progress = draftProgress(d, templates.get(d.template)?.ask.length ?? d.asked.length);
    const what = d.kind === 'reflect' ? `reflect ${d.entry?.path ?? ''}` : d.template;
    return [d.id, ctx.ui.safe(draftTitle(d)), { text: `${what}, ${progress} answered, saved ${messages.ago(d.updated, now)}`, style: ctx.ui.color.dim }];
  });
  // Fitted to the terminal (issue 17): the title and the details give way, the id never does.
  const spec = [{ header: 'id', weight: 0 }, { header: 'title', min: 12, weight: 2 }, { header: 'progress', min: 12, weight: 1 }];
  ctx.ui.data(fitTable(spec, rows, ctx.runtime.stdout.columns ?? 100, (h) => ctx.ui.color.bold(h)));
}
