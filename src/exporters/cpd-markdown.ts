import { cellText, type CpdReport } from '../core/cpd/cpd-report.js';
import { mixTables, outsideTotals, whoAndWhen } from './cpd-tables.js';
import { labels } from './labels.js';
import { neutraliseMarkdown } from './safe-html.js';

/** A table cell: one line, pipes escaped, so a newline in an entry cannot break the table. */
const cell = (text: string) => neutraliseMarkdown(text).replace(/\r?\n+/g, ' ').replace(/\|/g, '\\|').trim();

function table(head: string[], rows: string[][]): string[] {
  return [`| ${head.map(cell).join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)];
}

/** The CPD summary as one Markdown document (GitHub-flavoured tables). Entry text is kept as the author wrote it. */
export function renderCpdMarkdown(report: CpdReport): string {
  const out: string[] = [`# ${labels.cpdTitle(report.profile.name)}`, ''];
  for (const [key, value] of whoAndWhen(report)) out.push(`- **${key}:** ${cell(value)}`);
  out.push('', `## ${labels.requirementsHeading}`, '');
  if (report.requirements.length === 0) out.push(labels.noRequirements, '');
  else {
    out.push(
      ...table(
        [labels.requirement, labels.required, labels.achieved, labels.status],
        report.requirements.map((r) => [r.name + labels.perSuffix[r.per], labels.requiredText(r), labels.achievedText(r), labels.statusText(r)]),
      ),
      '',
    );
    for (const r of report.requirements.filter((x) => x.years)) {
      out.push(`${r.name}:`, '');
      for (const y of r.years ?? []) out.push(`- ${labels.perYear(y.from, y.to)}: ${labels.amount(r.measure, y.achieved)}, ${y.met ? labels.met : labels.notYetMet}`);
      out.push('');
    }
  }
  out.push(labels.totalsLine(report.totals, report.profile.unit), '');
  const outside = outsideTotals(report);
  for (const line of outside.lines) out.push(cell(line), '');
  const mix = mixTables(report);
  if (mix.length > 0) {
    out.push(`## ${labels.mixHeading}`, '');
    for (const t of mix) out.push(...table(t.head, t.rows), '');
  }
  out.push(`## ${report.log.title}`, '');
  if (report.log.rows.length === 0) out.push(labels.emptyLog, '');
  else {
    out.push(
      ...table(
        report.log.columns.map((c) => c.name),
        report.log.rows.map((row) => report.log.columns.map((c) => cellText(row, c.field))),
      ),
      '',
    );
  }
  if (outside.tables.length > 0) {
    out.push(`## ${labels.outsideHeading}`, '');
    for (const aside of outside.tables) {
      out.push(`### ${aside.heading}`, '');
      if (aside.intro) out.push(aside.intro, '');
      out.push(...table(aside.table.head, aside.table.rows), '');
    }
  }
  if (report.summary) {
    out.push(`## ${report.summary.heading}`, '', report.summary.text ? neutraliseMarkdown(report.summary.text) : (report.summary.empty ?? ''), '');
  }
  if (report.accounts.length > 0 || report.missingAccounts.length > 0) {
    out.push(`## ${labels.accountsHeading}`, '');
    for (const missing of report.missingAccounts) out.push(`> **${missing.name}:** ${missing.message}`, '');
    for (const account of report.accounts) {
      out.push(`### ${account.layoutName}: ${neutraliseMarkdown(account.title)}`, '', `*${labels.accountMeta(account.date, account.activityName)}*`, '');
      for (const box of account.fields) {
        out.push(`#### ${box.heading}`, '');
        if (box.items.length > 0) out.push(...box.items.map((i) => `- ${neutraliseMarkdown(i)}`), '');
        if (box.text) out.push(neutraliseMarkdown(box.text), '');
        if (!box.text && box.items.length === 0) out.push(`*${labels.notWritten}*`, '');
      }
      if (account.further.length > 0) {
        out.push(`#### ${labels.further}`, '');
        for (const s of account.further) out.push(...(s.heading ? [`**${neutraliseMarkdown(s.heading)}**`, ''] : []), neutraliseMarkdown(s.text), '');
      }
    }
  }
  out.push(`## ${labels.pdpHeading}`, '');
  if (report.actions.length === 0) out.push(labels.noActions, '');
  else out.push(...table([labels.action, labels.due, labels.from], report.actions.map((a) => [a.text, a.due ?? '', `${a.entryDate} ${a.entryTitle}`])), '');
  out.push('---', '', `*${labels.footer}*`, '');
  return out.join('\n');
}
