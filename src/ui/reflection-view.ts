import type { ReflectionResult } from '../app/reflection.js';
import { serializeEntryText } from '../codecs/entry-file.js';
import { entryToJson } from '../core/entries/entry-json.js';
import { entryPathFor } from '../core/entries/entry-path.js';
import { readEntry } from '../core/entries/entry.js';
import type { SessionView } from '../core/reflection/ports.js';
import type { BuiltEntry } from '../core/reflection/reflection.js';
import type { MarkdownRenderer } from '../core/workspace-ports.js';
import { renderEntry } from './entry-view.js';
import { messages } from './messages.js';
import type { Ui } from './output.js';
import { describeFindings } from './privacy-findings.js';

/** A rendered preview of an entry about to be saved: the header `show` prints, then the body. */
async function renderPreview(built: BuiltEntry, ui: Ui, markdown: MarkdownRenderer, columns: number | undefined): Promise<string> {
  const fm = built.frontMatter;
  const path = entryPathFor(String(fm.date), String(fm.title ?? 'entry'), String(fm.id));
  const result = readEntry(path, serializeEntryText(fm, built.body));
  if (!result.ok) return ui.safe(built.body);
  return renderEntry(result.entry, ui, markdown, { columns, withPath: false, rendered: ui.colorEnabled });
}

/** The interview's view on a terminal: previews drawn with the entry header and Markdown, notices on stderr. */
export function terminalSessionView(ui: Ui, markdown: MarkdownRenderer, columns: number | undefined): SessionView {
  return {
    preview: (built) => renderPreview(built, ui, markdown, columns),
    describeFindings,
    info: (text) => ui.info(ui.safe(text)),
    warn: (text) => ui.warn(ui.safe(text)),
  };
}

/** How a reflection ended, said once: the path on stdout (or the entry as JSON), the message on stderr. */
export function showReflectionResult(result: ReflectionResult, ui: Ui, json: boolean): void {
  if (result.action === 'discarded') {
    ui.info(messages.reflectionDiscarded);
    return;
  }
  ui.success(result.kind === 'reflect' ? messages.reflectSaved(result.entry.path) : messages.entrySaved(result.entry.path));
  if (json) ui.json(entryToJson(result.entry, true));
  else ui.data(result.entry.path);
}
