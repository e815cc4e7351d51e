import { attachFiles } from '../app/attach.js';
import type { Context } from '../container.js';
import { entryToJson } from '../core/entries/entry-json.js';
import { messages } from '../ui/messages.js';

/**
 * `mindlines attach ID FILE…`: copies evidence into the journal and records it in the entry; prints the copies'
 * paths, and on stderr what the privacy check found in them and which it could not read.
 */
export async function runAttach(ref: string, files: string[], ctx: Context): Promise<void> {
  const result = await attachFiles(ctx, { ref, files });
  for (const f of result.findings) ctx.ui.warn(ctx.ui.safe(messages.finding(f.file, f.line, f.column, f.kind)));
  if (result.findings.length > 0) ctx.ui.warn(messages.attachFindings(result.findings.length));
  for (const u of result.unchecked) ctx.ui.warn(ctx.ui.safe(messages.attachUnchecked(u.from, u.reason)));
  for (const a of result.already) ctx.ui.info(ctx.ui.safe(messages.attachedAlready(a.from, a.name)));
  if (ctx.globals.json) {
    ctx.ui.json({
      entry: entryToJson(result.entry),
      added: result.added,
      already: result.already,
      findings: result.findings.map((f) => ({ file: f.file, line: f.line, column: f.column, kind: f.kind, confidence: f.confidence })),
      unchecked: result.unchecked,
    });
    return;
  }
  if (result.added.length > 0) ctx.ui.data(result.added.map((a) => ctx.ui.safe(a.path)).join('\n'));
  ctx.ui.success(messages.attached(result.added.length, result.entry.path));
}
