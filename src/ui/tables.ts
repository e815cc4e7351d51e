import type { Entry } from '../core/entries/entry.js';
import { shortId } from '../core/entries/short-id.js';
import { fitTable, type Cell, type Column } from './fit-table.js';
import type { Ui } from './output.js';

/**
 * The entry list: date, id, status, title, activity, hours, tags; borderless so it reads well and pastes cleanly.
 * It fits the terminal (issue 17): the title gives way first and is cut with an ellipsis, and on a narrow
 * terminal tags, then activity, then hours are left out. The status column makes drafts stand out.
 */
export function entryTable(entries: Pick<Entry, 'meta'>[], ui: Ui, columns = 100): string {
  const c = ui.color;
  const spec: Column[] = [
    { header: 'date', weight: 0 },
    { header: 'id', weight: 0 },
    { header: 'status', weight: 0, dropOrder: 4 },
    { header: 'title', min: 16, weight: 4 },
    { header: 'activity', min: 8, max: 18, dropOrder: 2 },
    { header: 'hours', weight: 0, align: 'right', dropOrder: 3 },
    { header: 'tags', min: 6, max: 24, dropOrder: 1 },
  ];
  const status = (value: string | undefined): Cell =>
    value === 'draft' ? { text: 'draft', style: c.yellow } : value === 'archived' ? { text: 'archived', style: c.dim } : { text: 'done', style: c.green };
  const rows = entries.map((entry): Cell[] => {
    const m = entry.meta;
    return [
      m.date,
      { text: shortId(m.id), style: c.dim },
      status(m.status),
      ui.safe(m.title),
      ui.safe(m.activity ?? ''),
      m.hours === undefined ? '' : String(m.hours),
      ui.safe(m.tags.join(', ')),
    ];
  });
  return fitTable(spec, rows, columns, (h) => c.bold(h));
}
