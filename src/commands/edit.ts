import path from 'node:path';
import { editText } from '../adapters/editor-launcher.js';
import { FsKeptEdits } from '../adapters/fs-kept-edits.js';
import { formatTimestamp } from '../codecs/dates.js';
import { rewriteFrontMatter } from '../codecs/entry-file.js';
import type { Context } from '../container.js';
import { readEntry } from '../core/entries/entry.js';
import { entryToJson } from '../core/entries/entry-json.js';
import { MindlinesError } from '../errors.js';
import { messages } from '../ui/messages.js';
import { isInteractive, sha256 } from './interview-session.js';

export interface EditOptions {
  ref: string;
}

/** The edit did not parse: the entry keeps its last good version, the edit is kept for next time. */
class EditNotValidError extends MindlinesError {}

/**
 * `mindlines edit ID`: the entry opens in $VISUAL / $EDITOR (a copy in the private `.mindlines/editing/` folder);
 * when the editor closes, the text is validated. If it parses (with the same id) it replaces the entry, atomically
 * and only if the file did not change meanwhile. If not, the person is told where, and in a terminal offered to
 * re-open it; the entry keeps its last good version until the edit parses.
 */
export async function runEdit(opts: EditOptions, ctx: Context): Promise<void> {
  const entry = await ctx.journal.find(opts.ref);
  const original = await ctx.journal.readText(entry.path);
  const expectedHash = sha256(original);
  const kept = new FsKeptEdits(ctx.root);
  const keptRel = kept.relative(entry.meta.id);
  let text = (await kept.read(entry.meta.id)) ?? original;
  if (text !== original) ctx.ui.info(messages.editResuming(keptRel));
  for (;;) {
    const edited = await editText(text, { root: ctx.root, env: ctx.runtime.env, name: path.posix.basename(entry.path) });
    if (edited === original) {
      await kept.remove(entry.meta.id);
      ctx.ui.info(messages.editUnchanged(entry.path));
      if (ctx.globals.json) ctx.ui.json(entryToJson(entry, true));
      else ctx.ui.data(entry.path);
      return;
    }
    const result = readEntry(entry.path, edited);
    const problem = !result.ok
      ? { line: result.problem.line, message: result.problem.message }
      : result.entry.meta.id !== entry.meta.id
        ? { line: 2, message: messages.editIdChanged }
        : undefined;
    if (!problem) {
      const stamped = rewriteFrontMatter(edited, { updated: formatTimestamp(ctx.clock.now()) });
      const saved = await ctx.journal.renameToMatch(await ctx.journal.replaceText(entry.path, stamped, expectedHash));
      await kept.remove(entry.meta.id);
      ctx.ui.success(messages.editSaved(saved.path));
      if (saved.path !== entry.path) ctx.ui.info(messages.editRenamed(entry.path, saved.path));
      if (ctx.globals.json) ctx.ui.json(entryToJson(saved, true));
      else ctx.ui.data(saved.path);
      return;
    }
    // Never lose the edit: keep it before asking anything.
    await kept.keep(entry.meta.id, edited);
    ctx.ui.warn(ctx.ui.safe(messages.editInvalid(`${entry.path}:${problem.line}`, problem.message)));
    if (isInteractive(ctx)) {
      const { createPrompter } = await import('./interview-session.js');
      const prompter = await createPrompter(ctx);
      if (await prompter.confirm({ message: messages.editReopen, default: true })) {
        text = edited;
        continue;
      }
    }
    throw new EditNotValidError(messages.editKept(keptRel), 1, { hint: messages.editKeptHint(opts.ref) });
  }
}
