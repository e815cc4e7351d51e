import Table from 'cli-table3';
import type { TeamMember } from '../core/team/team-digest.js';
import type { Ui } from './output.js';

/** `team members`: name, entries, first and last entry, last commit; borderless like the entry list. */
export function memberTable(members: TeamMember[], ui: Ui): string {
  const table = new Table({
    head: ['name', 'entries', 'first entry', 'last entry', 'last commit'].map((h) => ui.color.bold(h)),
    chars: {
      top: '', 'top-mid': '', 'top-left': '', 'top-right': '', bottom: '', 'bottom-mid': '', 'bottom-left': '',
      'bottom-right': '', left: '', 'left-mid': '', mid: '', 'mid-mid': '', right: '', 'right-mid': '', middle: '  ',
    },
    style: { head: [], border: [], 'padding-left': 0, 'padding-right': 0 },
  });
  for (const m of members) {
    table.push([ui.safe(m.name), String(m.entries), m.firstEntry ?? '', m.lastEntry ?? '', m.lastCommit ? m.lastCommit.slice(0, 10) : '']);
  }
  return table.toString();
}
