import path from 'node:path';
import { formatLocalDate } from '../codecs/dates.js';
import { shortId } from '../core/entries/short-id.js';
import type { Context } from '../container.js';
import type { Prompter } from '../core/reflection/prompter.js';
import { messages } from '../ui/messages.js';
import { runStatus } from './status.js';
import { isInteractive } from './terminal.js';

type MenuChoice = 'new' | 'quick' | 'reflect' | 'resume' | 'review' | 'recover' | 'browse' | 'export' | 'status' | 'quit';

/** The choice that ends browsing (ids are never empty). */
const DONE = '';

/**
 * `mindlines` with no command. In a terminal: a small menu (new reflection, quick note, resume a draft, browse
 * recent entries). Without one: the one-screen status.
 */
export async function runHome(ctx: Context): Promise<void> {
  if (!isInteractive(ctx.runtime) || ctx.globals.json) return runStatus(ctx);
  const prompter = await ctx.prompter();
  const { drafts } = await ctx.drafts.list();
  // Text rescued after a crash (issue 14): offered until it is restored or discarded.
  const rescued = (await ctx.rescued.list()).length;
  // Spaced review (issue 8): offered when something is due.
  const { dueReviewItems } = await import('../core/loop/review-items.js');
  const due = dueReviewItems((await ctx.journal.query()).entries, formatLocalDate(ctx.clock.now())).items.length;
  // Quick notes waiting to be reflected on (issue 17: the status said "12 to finish" and the menu offered no way).
  const notes = (await ctx.journal.query({ status: 'draft' })).entries;
  const choice = await prompter.select<MenuChoice>({
    message: messages.menuTitle,
    choices: [
      { value: 'new', name: messages.menuNew },
      { value: 'quick', name: messages.menuQuick },
      ...(notes.length > 0 ? [{ value: 'reflect' as const, name: messages.menuReflect(notes.length) }] : []),
      ...(drafts.length > 0 ? [{ value: 'resume' as const, name: messages.menuResume(drafts.length) }] : []),
      ...(due > 0 ? [{ value: 'review' as const, name: messages.menuReview(due) }] : []),
      ...(rescued > 0 ? [{ value: 'recover' as const, name: messages.menuRecover(rescued) }] : []),
      { value: 'browse', name: messages.menuBrowse },
      { value: 'export', name: messages.menuExport },
      { value: 'status', name: messages.menuStatus },
      { value: 'quit', name: messages.menuQuit },
    ],
  });
  switch (choice) {
    case 'new':
    case 'resume': {
      const { runNew } = await import('./new.js');
      return runNew(choice === 'resume' ? { resume: drafts.length === 1 ? true : undefined } : {}, ctx);
    }
    case 'quick': {
      const { runQuick } = await import('./quick.js');
      return runQuick({ text: [] }, ctx);
    }
    case 'reflect': {
      const id = await prompter.select({
        message: messages.menuPickNote,
        choices: notes.map((e) => ({ value: e.meta.id, name: ctx.ui.safe(`${e.meta.date}  ${shortId(e.meta.id)}  ${e.meta.title}`) })),
      });
      const { runReflect } = await import('./reflect.js');
      return runReflect({ ref: id }, ctx);
    }
    case 'review': {
      const { runReview } = await import('./review.js');
      return runReview({}, ctx);
    }
    case 'recover': {
      const { runRecover } = await import('./recover.js');
      return runRecover({}, ctx);
    }
    case 'browse': {
      const { entries } = await ctx.journal.query({ limit: 30 });
      if (entries.length === 0) {
        ctx.ui.info(messages.noEntriesYet);
        return;
      }
      // Each entry read goes back to the list (issue 17), until the person is done.
      const { runShow } = await import('./show.js');
      let last: string | undefined;
      for (;;) {
        const id = await prompter.select({
          message: messages.menuPickEntry,
          choices: [
            ...entries.map((e) => ({ value: e.meta.id, name: ctx.ui.safe(`${e.meta.date}  ${shortId(e.meta.id)}  ${e.meta.title}${e.meta.status === 'draft' ? '  (draft)' : ''}`) })),
            { value: DONE, name: messages.menuDone },
          ],
          ...(last ? { default: last } : {}),
        });
        if (id === DONE) return;
        await runShow({ ref: id }, ctx);
        last = id;
      }
    }
    case 'export': {
      const format = await prompter.select({
        message: messages.menuExportFormat,
        choices: (['html', 'pdf', 'docx', 'md', 'csv', 'json'] as const).map((value) => ({ value, name: messages.menuExportFormats[value] })),
      });
      const output = await prompter.text({
        message: messages.menuExportFile,
        default: `cpd-${ctx.config.profile}-${formatLocalDate(ctx.clock.now())}.${format}`,
        validate: (value) => (value.trim() ? undefined : messages.interview.required),
      });
      const file = path.resolve(ctx.runtime.cwd, output.trim());
      const exists = ctx.files.exists(file);
      const force = exists && (await prompter.confirm({ message: messages.menuExportReplace(output.trim()), default: false }));
      if (exists && !force) return;
      // A GPhC submission is chosen records, not everything (issue 16): ticked from the period's records.
      let select: string[] | undefined;
      if ((await ctx.profiles.get(ctx.config.profile)).pack === 'gphc') {
        const { exportCpd } = await import('../app/export-cpd.js');
        const { accounts } = (await exportCpd(ctx, { format: 'json', allowFindings: true })).report;
        select = await pickRecords(prompter, accounts, (text) => ctx.ui.safe(text));
        if (select.length === 0) {
          ctx.ui.info(messages.menuNoRecordsChosen);
          return;
        }
      }
      const { runExportCpd } = await import('./export-cpd.js');
      return runExportCpd({ format, output: output.trim(), force, ...(select ? { select } : {}) }, ctx);
    }
    case 'status':
      return runStatus(ctx);
    case 'quit':
      return;
  }
}

/**
 * The records to submit, ticked in a list of the period's records (all ticked to start): their short ids. `safe`
 * makes an entry's title harmless on a terminal.
 */
export async function pickRecords(
  prompter: Prompter,
  records: readonly { id: string; date: string; layoutName: string; title: string }[],
  safe: (text: string) => string,
): Promise<string[]> {
  return prompter.checkbox({
    message: messages.menuPickRecords,
    hint: messages.menuPickRecordsHint,
    choices: records.map((r) => ({ value: shortId(r.id), name: safe(messages.menuRecordChoice(r.date, r.layoutName, r.title)), checked: true })),
  });
}
