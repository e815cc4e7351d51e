// Compares `export cpd --format json` of the built CLI with the oracle, for every profile and both periods of
// expected.json. Builds the cpd-oracle journal in a temp folder first (needs dist/).
//
//   node scripts/cpd-oracle-compare.mjs [DIR]     a Markdown table on stdout; DIR keeps the journal
//
// Two oracle columns: "oracle" is expected.json (every answers file written, as issue 12 requires); "oracle*" is
// the same rules over only the files this build accepted, so a difference there is a counting error, not refused
// input. Only the CLI is run; nothing from src/ or dist/ is imported.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildCpdOracleJournal } from './build-cpd-oracle-journal.mjs';
import { FIXTURE, oracle, readSettings } from './cpd-oracle.mjs';

const BIN = path.resolve(import.meta.dirname, '../bin/mindlines.js');
const dir = process.argv[2] ? path.resolve(process.argv[2]) : mkdtempSync(path.join(tmpdir(), 'cpd-oracle-compare-'));
const manifest = await buildCpdOracleJournal(dir);
const refused = Object.keys(manifest).filter((s) => manifest[s].refused);
const expected = JSON.parse(readFileSync(path.join(FIXTURE, 'expected.json'), 'utf8'));
const accepted = oracle(FIXTURE, refused);
const clock = readSettings().clock;
const sourceOfId = new Map(Object.entries(manifest).filter(([, m]) => m.id).map(([s, m]) => [m.id, s]));

const lines = ['| profile | period | figure | oracle | oracle* | mindlines |', '|---|---|---|---|---|---|'];
const show = (v) => (v === undefined ? '–' : typeof v === 'object' ? JSON.stringify(v) : String(v));
for (const [i, want] of expected.reports.entries()) {
  const alt = accepted.reports[i];
  const got = spawnSync(process.execPath, [BIN, '--journal', dir, ...want.args], { encoding: 'utf8', env: { ...process.env, MINDLINES_NOW: clock } });
  const label = want.args.includes('--from') ? `${want.period.from}..${want.period.to}` : 'default';
  const row = (figure, a, b, c) => lines.push(`| ${want.profile} | ${label} | ${figure} | ${show(a)} | ${show(b)} | ${show(c)} |`);
  if (got.status !== 0) {
    row('exit code', 0, 0, `${got.status}: ${got.stderr.trim().split('\n')[0]}`);
    continue;
  }
  const r = JSON.parse(got.stdout);
  const rows = r.log.rows.map((x) => sourceOfId.get(x.id) ?? x.id);
  const unitKey = want.unit === 'records' ? 'entries' : want.unit === 'credits' ? 'credits' : 'hours';
  row('period', `${want.period.from}..${want.period.countedThrough}`, '', `${r.period.from}..${r.period.countedThrough ?? r.period.to}`);
  row(`total (${want.unit})`, want.totals.total, alt.totals.total, r.totals[unitKey]);
  row('entries', want.totals.entries, alt.totals.entries, r.totals.entries);
  row('hours', want.totals.hours, alt.totals.hours, r.totals.hours);
  row('participatory', want.totals.participatoryHours, alt.totals.participatoryHours, r.totals.participatoryHours);
  for (const c of want.totals.byCategory) {
    row(`category ${c.id}`, c[unitKey], alt.totals.byCategory.find((x) => x.id === c.id)?.[unitKey], r.totals.byCategory?.find((x) => x.id === c.id)?.[unitKey]);
  }
  if (want.totals.byCategory.length) row('sum of categories', want.totals.total, alt.totals.total, r.totals.byCategory?.reduce((a, c) => a + c[unitKey], 0));
  for (const [j, q] of want.requirements.entries()) {
    const mine = r.requirements.find((x) => x.id === q.id);
    const fig = (x) => (x?.years ? x.years.map((y) => y.achieved).join('/') : x?.achieved);
    row(`req ${q.id}`, `${fig(q)} ${q.met ? 'met' : 'not met'}`, `${fig(alt.requirements[j])} ${alt.requirements[j].met ? 'met' : 'not met'}`, `${fig(mine)} ${mine?.met ? 'met' : 'not met'}`);
  }
  row('reflective accounts', want.reflectiveAccounts.count, alt.reflectiveAccounts.count, r.totals.accounts);
  row('not counted (h)', want.notCounted.hours, alt.notCounted.hours, r.notCounted?.hours ?? 'not reported');
  row('drafts in log', 0, 0, rows.filter((s) => s.startsWith('quick-notes')).length);
  row('future in log', 0, 0, r.log.rows.filter((x) => x.date > clock.slice(0, 10)).length);
  row('other author in log', 0, 0, r.log.rows.filter((x) => x.author && x.author !== expected.author).length);
}
process.stderr.write(`journal ${dir}; refused: ${refused.join(', ') || 'none'}\n`);
process.stdout.write(`${lines.join('\n')}\n`);
