import { Marked } from 'marked';
import { markedTerminal } from 'marked-terminal';

/**
 * Renders Markdown for a terminal with marked-terminal, on a local Marked instance (never the global `marked.use`).
 * Code blocks are shown as written: mindlines entries are prose, and skipping syntax highlighting keeps `show` fast.
 */
export function renderMarkdownForTerminal(markdown: string, width: number): string {
  const marked = new Marked(
    markedTerminal({ width: Math.max(40, Math.min(width, 100)), reflowText: true, tab: 2, emoji: false }),
  );
  marked.setOptions({ async: false });
  return String(marked.parse(markdown));
}
