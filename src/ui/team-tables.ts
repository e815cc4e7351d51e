import type { TeamMember } from '../core/team/team-digest.js';
import { fitTable } from './fit-table.js';
import type { Ui } from './output.js';

/** `team members`: name, entries, first and last entry, last commit; borderless like the entry list, and fitted. */
export function memberTable(members: TeamMember[], ui: Ui, columns = 100): string {
  const spec = [
    { header: 'name', min: 10, weight: 1 },
    { header: 'entries', weight: 0, align: 'right' as const },
    { header: 'first entry', weight: 0, dropOrder: 1 },
    { header: 'last entry', weight: 0 },
    { header: 'last commit', weight: 0, dropOrder: 2 },
  ];
  const rows = members.map((m) => [ui.safe(m.name), String(m.entries), m.firstEntry ?? '', m.lastEntry ?? '', m.lastCommit ? m.lastCommit.slice(0, 10) : '']);
  return fitTable(spec, rows, columns, (h) => ui.color.bold(h));
}
