import Table from 'cli-table3';
import type { Entry } from '../core/entries/entry.js';
import { shortId } from '../core/entries/short-id.js';
import type { Ui } from './output.js';

const truncate = (text: string, width: number) => (text.length > width ? `${text.slice(0, Math.max(1, width - 1))}…` : text);

/** The entry list: date, title, activity, hours, tags; borderless so it reads well and pastes cleanly. */
export function entryTable(entries: Pick<Entry, 'meta'>[], ui: Ui, columns = 100): string {
  const titleWidth = Math.max(20, Math.min(60, columns - 60));
  const table = new Table({
    head: ['date', 'id', 'title', 'activity', 'hours', 'tags'].map((h) => ui.color.bold(h)),
    chars: {
      top: '', 'top-mid': '', 'top-left': '', 'top-right': '', bottom: '', 'bottom-mid': '', 'bottom-left': '',
      'bottom-right': '', left: '', 'left-mid': '', mid: '', 'mid-mid': '', right: '', 'right-mid': '', middle: '  ',
    },
    style: { head: [], border: [], 'padding-left': 0, 'padding-right': 0 },
  });
  for (const entry of entries) {
    const m = entry.meta;
    table.push([
      m.date,
      ui.color.dim(shortId(m.id)),
      ui.safe(truncate(m.title, titleWidth)),
      ui.safe(truncate(m.activity ?? '', 18)),
      m.hours === undefined ? '' : String(m.hours),
      ui.safe(truncate(m.tags.join(', '), 24)),
    ]);
  }
  return table.toString();
}
