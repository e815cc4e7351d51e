import type { LogField } from '../codecs/profile.js';
import { cellText, type CpdReport, type LogRow } from '../core/cpd/cpd-report.js';
import { mixTables, outsideTotals, whoAndWhen, type SimpleTable } from './cpd-tables.js';
import { htmlPage } from './html-page.js';
import { labels } from './labels.js';
import { escapeHtml as e, markdownToSafeHtml } from './safe-html.js';

const NUMERIC: readonly LogField[] = ['hours', 'participatory', 'credits'];
const NARROW: readonly LogField[] = ['date'];
/** Log cells that hold written reflection: rendered from Markdown (sanitised) rather than shown as one line. */
const PROSE: readonly LogField[] = ['experience', 'learning', 'change'];

function colgroup(fields: readonly LogField[]): string {
  return `<colgroup>${fields.map((f) => (NUMERIC.includes(f) ? '<col class="num">' : NARROW.includes(f) ? '<col class="narrow">' : '<col>')).join('')}</colgroup>`;
}

function logCell(row: LogRow, field: LogField): string {
  const text = cellText(row, field);
  if (NUMERIC.includes(field)) return `<td class="num">${e(text)}</td>`;
  if (PROSE.includes(field)) return `<td>${markdownToSafeHtml(text)}</td>`;
  return `<td>${e(text)}</td>`;
}

/** A table of plain cells, numbers right-aligned. */
function simpleTable(t: SimpleTable): string {
  const cols = t.numeric.map((n) => (n ? '<col class="num">' : '<col>')).join('');
  const head = t.head.map((h, i) => `<th${t.numeric[i] ? ' class="num"' : ''}>${e(h)}</th>`).join('');
  const rows = t.rows.map((row) => `<tr>${row.map((c, i) => `<td${t.numeric[i] ? ' class="num"' : ''}>${e(c)}</td>`).join('')}</tr>`).join('');
  return `<table><colgroup>${cols}</colgroup><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
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
    for (const t of mix) out.push(simpleTable(t));
    out.push('</section>');
  }

  out.push(`<section id="log"><h2>${e(report.log.title)}</h2>`);
  if (report.log.rows.length === 0) out.push(`<p class="empty">${e(labels.emptyLog)}</p>`);
  else {
    const fields = report.log.columns.map((c) => c.field);
    out.push(`<table class="log">${colgroup(fields)}<thead><tr>${report.log.columns.map((c) => `<th${NUMERIC.includes(c.field) ? ' class="num"' : ''}>${e(c.name)}</th>`).join('')}</tr></thead><tbody>`);
    for (const row of report.log.rows) out.push(`<tr data-entry="${e(row.id)}">${fields.map((f) => logCell(row, f)).join('')}</tr>`);
    out.push('</tbody></table>');
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
        out.push(`<div class="box"><h4>${e(labels.further)}</h4>`);
        for (const s of account.further) out.push(`${s.heading ? `<p><strong>${e(s.heading)}</strong></p>` : ''}${markdownToSafeHtml(s.text)}`);
        out.push('</div>');
      }
      out.push('</article>');
    }
    out.push('</section>');
  }

  out.push(`<section id="pdp"><h2>${e(labels.pdpHeading)}</h2>`);
  if (report.actions.length === 0) out.push(`<p class="empty">${e(labels.noActions)}</p>`);
  else {
    out.push(`<table><colgroup><col><col class="narrow"><col class="w35"></colgroup><thead><tr><th>${e(labels.action)}</th><th>${e(labels.due)}</th><th>${e(labels.from)}</th></tr></thead><tbody>`);
    for (const a of report.actions) out.push(`<tr><td>${e(a.text)}</td><td>${e(a.due ?? '')}</td><td>${e(`${a.entryDate} ${a.entryTitle}`)}</td></tr>`);
    out.push('</tbody></table>');
  }
  out.push('</section>', `<footer>${e(labels.footer)}</footer>`);
  return htmlPage(title, out.join('\n'));
}
