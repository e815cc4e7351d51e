import { stringify } from 'csv-stringify/sync';
import type { CohortStanding, CohortSummary, CohortTrainee } from '../core/cpd/cohort.js';
import { neutraliseFormula } from './cpd-csv.js';
import { htmlPage } from './html-page.js';
import { labels } from './labels.js';
import { escapeHtml as e } from './safe-html.js';

/** The cohort summary as JSON (schema `mindlines.cpd-cohort/1`), for scripts. */
export function renderCohortJson(summary: CohortSummary): string {
  return `${JSON.stringify(summary, null, 2)}\n`;
}

/**
 * The cohort summary as CSV, one row per trainee and requirement (and one per journal that could not be read), so
 * a spreadsheet can filter who is behind on what: RFC 4180 with a byte-order mark, like the CPD log's CSV.
 */
export function renderCohortCsv(summary: CohortSummary): string {
  const c = labels.cohortCsv;
  const header = [c.trainee, c.registration, c.journal, c.report, c.profile, c.from, c.to, c.requirement, c.required, c.achieved, c.unit, c.met, c.behindBy, c.status, c.problem];
  const rows: (string | number)[][] = [];
  for (const t of summary.trainees) {
    for (const r of t.requirements) {
      rows.push([t.name, t.registrationNumber ?? '', t.journal, t.report, t.profile.id, t.period.from, t.period.to, r.name, r.required, r.achieved, labels.unit(r.measure, 2), r.met ? 'yes' : 'no', r.behindBy, r.met ? c.ok : c.behind, '']);
    }
  }
  for (const f of summary.unreadable) rows.push([f.name, '', f.journal, '', '', '', '', '', '', '', '', '', '', c.unreadable, f.problem]);
  const safe = rows.map((row) => row.map((cell) => (typeof cell === 'number' ? cell : neutraliseFormula(cell))));
  return stringify([header, ...safe], { bom: true, record_delimiter: 'windows', quoted_match: /[\r\n]/ });
}

function standingCell(s: CohortStanding | undefined): string {
  if (!s) return `<td class="na">${e(labels.cohortNotAsked)}</td>`;
  const figure = `${s.achieved} / ${labels.amount(s.measure, s.required)}`;
  if (s.met) return `<td class="met">${e(figure)}</td>`;
  return `<td class="unmet">${e(figure)}<div class="note">${e(labels.cohortBehindBy(s.comparison, labels.amount(s.measure, s.behindBy)))}</div></td>`;
}

/** One table per profile: trainees down, requirements across, so who is behind on what shows at a glance. */
function profileTable(trainees: readonly CohortTrainee[]): string {
  const requirements = new Map<string, string>();
  for (const t of trainees) for (const r of t.requirements) if (!requirements.has(r.id)) requirements.set(r.id, r.name);
  const heads = [labels.cohortTrainee, labels.period, ...requirements.values()].map((h) => `<th>${e(h)}</th>`);
  const head = [...heads, `<th class="num">${e(labels.cohortBehind)}</th>`].join('');
  const rows = trainees.map((t) => {
    const who = `<a href="${e(encodeURI(t.report))}">${e(t.name)}</a>${t.registrationNumber ? `<div class="note">${e(t.registrationNumber)}</div>` : ''}`;
    const cells = [...requirements.keys()].map((id) => standingCell(t.requirements.find((r) => r.id === id))).join('');
    const unread = t.unreadableEntries > 0 ? `<div class="note">${e(labels.cohortUnreadableEntries(t.unreadableEntries))}</div>` : '';
    return `<tr><td>${who}</td><td class="period">${e(t.period.from)}<br>${e(labels.cohortTo(t.period.to))}</td>${cells}<td class="num">${t.behind}${unread}</td></tr>`;
  });
  return `<table class="cohort"><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

/**
 * The cohort summary as one self-contained page: per profile, each trainee against each requirement (the figure
 * achieved over the figure required, and how far behind), each name linking to the trainee's own report; then the
 * journals that could not be read, and why.
 */
export function renderCohortHtml(summary: CohortSummary): string {
  const out: string[] = [`<header><h1>${e(labels.cohortTitle)}</h1><p class="when">${e(labels.cohortLine(summary.trainees.length, summary.unreadable.length, summary.generated))}</p></header>`];
  const byProfile = new Map<string, CohortTrainee[]>();
  for (const t of summary.trainees) byProfile.set(t.profile.name, [...(byProfile.get(t.profile.name) ?? []), t]);
  for (const [profile, trainees] of byProfile) out.push(`<section><h2>${e(profile)}</h2>${profileTable(trainees)}</section>`);
  if (summary.trainees.length === 0) out.push(`<p class="empty">${e(labels.cohortNoReports)}</p>`);
  if (summary.unreadable.length > 0) {
    out.push(`<section id="unreadable"><h2>${e(labels.cohortUnreadableHeading)}</h2><table><thead><tr><th>${e(labels.cohortTrainee)}</th><th>${e(labels.journal)}</th><th>${e(labels.cohortWhy)}</th></tr></thead><tbody>`);
    for (const f of summary.unreadable) out.push(`<tr><td>${e(f.name)}</td><td>${e(f.journal)}</td><td>${e(f.problem)}</td></tr>`);
    out.push('</tbody></table></section>');
  }
  out.push(`<footer>${e(labels.cohortFooter)}</footer>`);
  return htmlPage(labels.cohortTitle, out.join('\n'), { printStyle: COHORT_STYLE });
}

const COHORT_STYLE = `table.cohort { table-layout: auto; }
table.cohort td.met { color: var(--met); }
table.cohort td.unmet { color: var(--unmet); font-weight: 600; }
table.cohort td.unmet .note { font-weight: normal; }
table.cohort td.na { color: var(--muted); }
table.cohort td.period { white-space: nowrap; }
@page { size: A4 landscape; }`;
