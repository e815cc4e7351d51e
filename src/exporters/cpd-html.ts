import type { LogField } from '../codecs/profile.js';
import { cellText, type CpdReport, type LogRow } from '../core/cpd/cpd-report.js';
import { packHasPlan, packSections, type PackSection } from './cpd-pack-blocks.js';
import { mixTables, outsideTotals, whoAndWhen, type SimpleTable } from './cpd-tables.js';
import { htmlPage } from './html-page.js';
import { labels } from './labels.js';
import { columnTwips, planLogColumns, type ColumnPlan } from './log-columns.js';
import { runningHeader, runningHeaderCss } from './running-header.js';
import { escapeHtml as e, markdownToSafeHtml } from './safe-html.js';

const NUMERIC: readonly LogField[] = ['hours', 'participatory', 'credits'];
/** Log cells that hold written reflection: rendered from Markdown (sanitised) rather than shown as one line. */
const PROSE: readonly LogField[] = ['experience', 'learning', 'change'];

/** The log's printed width (A4 landscape less 12 mm margins, 1032 px) in twips, and its font (9.5 pt × 0.92). */
const LOG_PRINT = { twips: 1032 * 15, fontHalfPoints: 17.5 };

/**
 * The log's column widths as percentages, from the same plan as the DOCX (log-columns.ts): on the landscape page it
 * prints on, dates and numbers are as narrow as their content and no heading word is broken; the fixed layout keeps
 * the widths, whatever the cells hold. On screen the browser sizes the columns to their content instead (and the
 * log scrolls sideways on a narrow screen). The widths go in the page's stylesheet (numbers only), never in style
 * attributes.
 */
function logColumnCss(plans: readonly ColumnPlan[]): string {
  const twips = columnTwips(plans, LOG_PRINT.twips, LOG_PRINT.fontHalfPoints);
  const widths = twips.map((w, i) => `  table.log col:nth-child(${i + 1}) { width: ${((100 * w) / LOG_PRINT.twips).toFixed(2)}%; }`);
  return `@media print {\n  table.log { table-layout: fixed; }\n${widths.join('\n')}\n}`;
}

function colgroup(plans: readonly ColumnPlan[]): string {
  return `<colgroup>${plans.map(() => '<col>').join('')}</colgroup>`;
}

/**
 * Escaped text in which a long token (a URL, a file path) may break after its slashes, dots and dashes (<wbr>), so
 * it never widens its column past the page, while ordinary words are never broken.
 */
function withSoftBreaks(text: string): string {
  return text
    .split(/(\s+)/)
    .map((token) => (token.length > 20 ? token.split(/(?<=[/._?&=-])/).map(e).join('<wbr>') : e(token)))
    .join('');
}

function logPlans(report: CpdReport): ColumnPlan[] {
  return planLogColumns(
    report.log.columns,
    report.log.rows.map((row) => report.log.columns.map((c) => cellText(row, c.field))),
  );
}

function logCell(row: LogRow, field: LogField): string {
  const text = cellText(row, field);
  if (NUMERIC.includes(field)) return `<td class="num">${e(text)}</td>`;
  if (PROSE.includes(field)) return `<td class="prose">${markdownToSafeHtml(text)}</td>`;
  if (field === 'date') return `<td class="date">${e(text)}</td>`;
  return `<td>${withSoftBreaks(text)}</td>`;
}

/** A table of plain cells, numbers right-aligned; the mix tables give the first column the room and fit the rest. */
function simpleTable(t: SimpleTable, kind?: 'mix', narrow: readonly boolean[] = []): string {
  const cols = kind === 'mix'
    ? `<col>${t.head.slice(1).map(() => '<col class="fit">').join('')}`
    : t.numeric.map((n, i) => (n ? '<col class="num">' : narrow[i] ? '<col class="narrow">' : '<col>')).join('');
  const head = t.head.map((h, i) => `<th${t.numeric[i] ? ' class="num"' : ''}>${e(h)}</th>`).join('');
  const rows = t.rows.map((row) => `<tr>${row.map((c, i) => `<td${t.numeric[i] ? ' class="num"' : ''}>${e(c)}</td>`).join('')}</tr>`).join('');
  return `<table${kind ? ` class="${kind}"` : ''}><colgroup>${cols}</colgroup><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
}

/** One of the regulator's documents (cpd-pack-blocks.ts): a table, a list or a form whose blanks are ruled lines. */
function packSection(s: PackSection): string {
  const out = [`<section id="${e(s.id)}" class="pack${s.newPage ? ' form-page' : ''}"><h2>${e(s.heading)}</h2>`];
  if (s.intro) out.push(`<p class="intro">${e(s.intro)}</p>`);
  if (s.table) out.push(simpleTable(s.table, undefined, s.narrow));
  if (s.list) out.push(`<ul>${s.list.map((i) => `<li>${e(i)}</li>`).join('')}</ul>`);
  if (s.form) out.push(`<dl class="form">${s.form.map((l) => `<dt>${e(l.label)}</dt><dd${l.value ? '' : ' class="blank"'}>${e(l.value)}</dd>`).join('')}</dl>`);
  if (s.empty) out.push(`<p class="empty">${e(s.empty)}</p>`);
  out.push('</section>');
  return out.join('');
}

function status(met: boolean): string {
  return `<span class="status ${met ? 'met' : 'unmet'}">${met ? '✓ ' : ''}${e(met ? labels.met : labels.notYetMet)}</span>`;
}

/**
 * The CPD summary as one self-contained HTML page with a print stylesheet, so printing it (or Chromium's
 * --print-to-pdf) gives a clean PDF. Every piece of entry text is escaped, or rendered from Markdown and sanitised.
 */
export function renderCpdHtml(report: CpdReport): string {
  const out: string[] = [];
  const title = labels.cpdTitle(report.profile.name);
  out.push(`<header><h1>${e(title)}</h1><dl class="facts">`);
  for (const [key, value] of whoAndWhen(report)) out.push(`<dt>${e(key)}</dt><dd>${e(value)}</dd>`);
  out.push('</dl></header>');

  out.push(`<section id="requirements"><h2>${e(labels.requirementsHeading)}</h2>`);
  if (report.requirements.length === 0) out.push(`<p>${e(labels.noRequirements)}</p>`);
  else {
    out.push(
      `<table class="requirements"><colgroup><col><col class="w22"><col class="w22"><col class="w16"></colgroup>`,
      `<thead><tr><th>${e(labels.requirement)}</th><th>${e(labels.required)}</th><th>${e(labels.achieved)}</th><th>${e(labels.status)}</th></tr></thead><tbody>`,
    );
    for (const r of report.requirements) {
      const years = r.years
        ? `<ul class="note">${r.years.map((y) => `<li>${e(labels.perYear(y.from, y.to))}: ${e(labels.amount(r.measure, y.achieved))}, ${e(y.met ? labels.met : labels.notYetMet)}</li>`).join('')}</ul>`
        : '';
      const note = r.note ? `<div class="note">${e(r.note)}</div>` : '';
      out.push(
        `<tr data-requirement="${e(r.id)}"><td>${e(r.name + labels.perSuffix[r.per])}${note}${years}</td><td>${e(labels.requiredText(r))}</td><td>${e(labels.achievedText(r))}</td><td>${status(r.met)}</td></tr>`,
      );
    }
    out.push('</tbody></table>');
  }
  out.push(`<p class="totals">${e(labels.totalsLine(report.totals, report.profile.unit))}</p>`);
  const outside = outsideTotals(report);
  for (const line of outside.lines) out.push(`<p class="note">${e(line)}</p>`);
  out.push('</section>');

  const mix = mixTables(report);
  if (mix.length > 0) {
    out.push(`<section id="mix"><h2>${e(labels.mixHeading)}</h2>`);
    for (const t of mix) out.push(simpleTable(t, 'mix'));
    out.push('</section>');
  }

  out.push(`<section id="log"><h2>${e(report.log.title)}</h2>`);
  if (report.log.rows.length === 0) out.push(`<p class="empty">${e(labels.emptyLog)}</p>`);
  else {
    const fields = report.log.columns.map((c) => c.field);
    out.push(`<div class="wide"><table class="log">${colgroup(logPlans(report))}<thead><tr>${report.log.columns.map((c) => `<th${NUMERIC.includes(c.field) ? ' class="num"' : ''}>${e(c.name)}</th>`).join('')}</tr></thead><tbody>`);
    for (const row of report.log.rows) out.push(`<tr data-entry="${e(row.id)}">${fields.map((f) => logCell(row, f)).join('')}</tr>`);
    out.push('</tbody></table></div>');
  }
  out.push('</section>');

  if (outside.tables.length > 0) {
    out.push(`<section id="not-counted"><h2>${e(labels.outsideHeading)}</h2>`);
    for (const aside of outside.tables) {
      out.push(`<h3>${e(aside.heading)}</h3>`);
      if (aside.intro) out.push(`<p>${e(aside.intro)}</p>`);
      out.push(simpleTable(aside.table));
    }
    out.push('</section>');
  }

  for (const s of packSections(report)) out.push(packSection(s));

  if (report.summary) {
    out.push(`<section id="summary"><h2>${e(report.summary.heading)}</h2>`);
    out.push(report.summary.text ? markdownToSafeHtml(report.summary.text) : `<p class="empty">${e(report.summary.empty ?? '')}</p>`);
    out.push('</section>');
  }

  if (report.accounts.length > 0 || report.missingAccounts.length > 0) {
    out.push(`<section id="accounts"><h2>${e(labels.accountsHeading)}</h2>`);
    for (const missing of report.missingAccounts) out.push(`<p class="empty"><strong>${e(missing.name)}:</strong> ${e(missing.message)}</p>`);
    for (const account of report.accounts) {
      out.push(`<article class="account" data-entry="${e(account.id)}"><h3>${e(`${account.layoutName}: ${account.title}`)}</h3>`);
      out.push(`<p class="when">${e(labels.accountMeta(account.date, account.activityName))}</p>`);
      for (const box of account.fields) {
        out.push(`<div class="box"><h4>${e(box.heading)}</h4>`);
        if (box.items.length > 0) out.push(`<ul>${box.items.map((i) => `<li>${e(i)}</li>`).join('')}</ul>`);
        if (box.text) out.push(markdownToSafeHtml(box.text));
        if (!box.text && box.items.length === 0) out.push(`<p class="empty">${e(labels.notWritten)}</p>`);
        out.push('</div>');
      }
      if (account.further.length > 0) {
        // Not a box of the form: what else the entry says, under a heading of its own level, its sections below it.
        out.push(`<section class="further"><h4 class="further">${e(labels.further)}</h4>`);
        for (const s of account.further) out.push(`${s.heading ? `<h5>${e(s.heading)}</h5>` : ''}${markdownToSafeHtml(s.text)}`);
        out.push('</section>');
      }
      out.push('</article>');
    }
    out.push('</section>');
  }

  // The GMC pack gives the plan itself (last year's reviewed, this year's from the open actions), in the guide's order.
  if (!packHasPlan(report)) {
    out.push(`<section id="pdp"><h2>${e(labels.pdpHeading)}</h2>`);
    if (report.actions.length === 0) out.push(`<p class="empty">${e(labels.noActions)}</p>`);
    else {
      out.push(`<table><colgroup><col><col class="narrow"><col class="w35"></colgroup><thead><tr><th>${e(labels.action)}</th><th>${e(labels.due)}</th><th>${e(labels.from)}</th></tr></thead><tbody>`);
      for (const a of report.actions) out.push(`<tr><td>${e(a.text)}</td><td>${e(a.due ?? '')}</td><td>${e(`${a.entryDate} ${a.entryTitle}`)}</td></tr>`);
      out.push('</tbody></table>');
    }
    out.push('</section>');
  }
  out.push(`<footer>${e(labels.footer)}</footer>`);
  const style = [logColumnCss(logPlans(report)), runningHeaderCss(runningHeader(report, title))];
  return htmlPage(title, out.join('\n'), { printStyle: style.join('\n') });
}
