// An independent oracle for `export cpd` (issue 12): reads the answers files of the cpd-oracle fixture journal and
// the profile YAMLs with the `yaml` package, applies the regulators' rules (DOMAIN.md section 1) and the issue's
// rules directly, and writes the totals a correct report must give to expected.json. It imports nothing from src/
// or dist/, so a figure it agrees with was not computed by mindlines' own code.
//
//   node scripts/cpd-oracle.mjs            write test/fixtures/journals/cpd-oracle/expected.json
//   node scripts/cpd-oracle.mjs --check    recompute and exit 1 if expected.json differs (a profile or answer changed)
//
// The rules, where a profile or the issue leaves room, follow DOMAIN.md; each is numbered and listed in RULES, which
// is copied into expected.json so a reader of the figures sees the reading behind them.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import YAML from 'yaml';

const ROOT = path.resolve(import.meta.dirname, '..');
export const FIXTURE = path.join(ROOT, 'test/fixtures/journals/cpd-oracle');
const PROFILES = path.join(ROOT, 'templates/profiles');

export const RULES = [
  'R1 counted: status complete (never a quick note, status draft), author = the current author (journal.yaml), dated from the period start to min(period end, today) inclusive.',
  'R2 planned: complete entries of the current author dated after today and no later than the end of the period; listed, never in a total. The explicit period ends before today, so it has none.',
  'R3 unfinished notes: drafts of the current author dated within the counted span; left out and named by short id (ids exist only once the journal is built: see the builder manifest).',
  'R4 activity: matched case-insensitively to a profile activity id, alias or name; issue 12 point 3 adds colleague-feedback as multisource feedback under ahpra-medical and rcpsc-moc. An entry with no activity, or one the profile does not list, is "not counted by this profile" (with its hours) and is in no total.',
  'R5 a template the profile\'s requirements name for exactly one activity gives that activity when the entry\'s own is not recognised (GPhC: gphc-planned = planned record, gphc-unplanned, gphc-peer-discussion, gphc-reflective-account).',
  'R6 hours: a number, or "1h30", "90 min", "1,5" (decimal comma), stored to 0.01 h. participatory: true = all the hours; a number is capped at the hours; absent = 0.',
  'R7 credits: the profile\'s rate (per hour or per record); otherwise 1 credit an hour. A rate\'s max (RCPSC unaccredited group learning, 50 a cycle) caps the credits over the counted span, claimed in date order. AMA: each entry\'s credits are rounded down to the 0.25 increment (never claim more than was done).',
  'R8 categories: an activity\'s category is the one listing it; a recognised activity no category lists (AHPRA pdp and other: free choice) is in the "uncategorised" part. Totals = sum of activities = sum of categories (+ uncategorised).',
  'R9 requirements: per period = the counted span; per year = each CPD year (year_start 01-01) within the counted span, met only if every year is; per cycle = cycle_years CPD years ending with the period (from = period end + 1 day - cycle_years years), to min(that end, today). match: an entry matches if its activity, template, category or a tag is listed.',
  'R10 longest-gap-days (HCPC): days between consecutive dates of counted entries, including from the period start to the first and from the last to the end of the counted span.',
  'R11 reflective accounts as the regulator counts them: NMC and GPhC the records their reflective-account requirement matches; RCPSC personal learning projects; HCPC the personal-statement entries (tag statement); GMC, AHPRA, AMA, generic every counted entry (each is laid out as a reflective note). accounts.laidOut is every counted entry some account layout matches (a layout with no match takes every counted entry).',
  'R12 private entries are counted (your own evidence); private.entries and private.total say what --exclude-private would leave out.',
  'R13 allAuthors: the same period counted for every author (--all-authors), for the team total.',
];

const EXTRA_ALIASES = { 'ahpra-medical': { 'multisource-feedback': ['colleague-feedback'] }, 'rcpsc-moc': { 'multisource-feedback': ['colleague-feedback'] } };

const round = (n) => Math.round(n * 100) / 100;
const sum = (items, f) => round(items.reduce((a, x) => a + f(x), 0));

// ---------- dates, on plain YYYY-MM-DD strings ----------
const toDay = (ms) => new Date(ms).toISOString().slice(0, 10);
const ms = (iso) => Date.parse(`${iso}T00:00:00Z`);
export const addDays = (iso, n) => toDay(ms(iso) + n * 86400000);
export function addYears(iso, n) {
  const [y, m, d] = iso.split('-').map(Number);
  const last = new Date(Date.UTC(y + n, m, 0)).getUTCDate();
  return `${y + n}-${String(m).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}
const daysBetween = (a, b) => Math.round((ms(b) - ms(a)) / 86400000);
const minDate = (a, b) => (a < b ? a : b);
/** The CPD year holding `day`: from its year_start to the day before the next. */
function cpdYearOf(day, yearStart) {
  const start = `${day.slice(0, 4)}-${yearStart}`;
  const from = day >= start ? start : addYears(start, -1);
  return { from, to: addDays(addYears(from, 1), -1) };
}

// ---------- R6: hours as people write them ----------
export function parseHours(value, where) {
  if (value === undefined || value === null) return 0;
  if (typeof value === 'number') return round(value);
  const text = String(value).trim().toLowerCase();
  let m;
  if ((m = /^(\d+)\s*h\s*(\d{1,2})?\s*(?:m|min)?$/.exec(text))) return round(Number(m[1]) + Number(m[2] ?? 0) / 60);
  if ((m = /^(\d+(?:[.,]\d+)?)\s*(?:m|min|mins|minutes)$/.exec(text))) return round(Number(m[1].replace(',', '.')) / 60);
  if ((m = /^(\d+)(?:[.,](\d+))?\s*(?:h|hours?)?$/.exec(text))) return round(Number(`${m[1]}.${m[2] ?? 0}`));
  throw new Error(`${where}: hours "${value}" is not a number of hours`);
}

// ---------- reading the fixture ----------
export function readSettings(fixture = FIXTURE) {
  return YAML.parse(readFileSync(path.join(fixture, 'journal.yaml'), 'utf8'));
}

/** Every answers file as the oracle's plain record; `answers` keeps what the file says for the builder. */
export function readEntries(fixture = FIXTURE) {
  const settings = readSettings(fixture);
  const dir = path.join(fixture, 'answers');
  const entries = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort().map((file) => {
    const answers = YAML.parse(readFileSync(path.join(dir, file), 'utf8'));
    const where = `answers/${file}`;
    const hours = parseHours(answers.hours, where);
    const p = answers.participatory;
    const participatory = p === true ? hours : p === undefined || p === false ? 0 : Math.min(parseHours(p, where), hours);
    const tags = Array.isArray(answers.tags) ? answers.tags.map(String) : [];
    return {
      source: file, answers, date: String(answers.date), template: answers.template ?? 'constructivist',
      author: answers.author ?? settings.author, activity: answers.activity === undefined ? undefined : String(answers.activity),
      hours, participatory, tags, visibility: answers.visibility ?? (settings.mode === 'team' ? 'team' : 'private'), status: 'complete',
    };
  });
  const notes = readFileSync(path.join(fixture, 'quick-notes.txt'), 'utf8').split('\n').map((line, i) => ({ line, i })).filter(({ line }) => line.trim());
  for (const { line, i } of notes) {
    const m = /^(\d{4}-\d{2}-\d{2}): (.+)$/.exec(line);
    if (!m) throw new Error(`quick-notes.txt:${i + 1}: a note starts with its date, "YYYY-MM-DD: "`);
    entries.push({ source: `quick-notes.txt:${i + 1}`, text: line, date: m[1], template: 'quick', author: settings.author,
      activity: undefined, hours: 0, participatory: 0, tags: [], visibility: settings.mode === 'team' ? 'team' : 'private', status: 'draft' });
  }
  return entries.sort((a, b) => a.date.localeCompare(b.date) || a.source.localeCompare(b.source));
}

export function readProfiles() {
  return readdirSync(PROFILES).filter((f) => f.endsWith('.yaml')).sort().map((f) => YAML.parse(readFileSync(path.join(PROFILES, f), 'utf8')));
}

// ---------- R4, R5, R8: what an entry is under a profile ----------
function classifier(profile) {
  const names = new Map();
  for (const type of profile.activity_types) {
    const extra = EXTRA_ALIASES[profile.id]?.[type.id] ?? [];
    for (const name of [type.id, type.name, ...(type.aliases ?? []), ...extra]) names.set(String(name).trim().toLowerCase(), type.id);
  }
  const byTemplate = new Map();
  for (const req of profile.requirements) {
    const acts = req.match?.activities ?? [];
    if (acts.length === 1) for (const t of req.match?.templates ?? []) byTemplate.set(t, acts[0]);
  }
  const categoryOf = new Map();
  for (const cat of profile.categories ?? []) for (const a of cat.activities) categoryOf.set(a, cat.id);
  return (entry) => {
    const activity = (entry.activity && names.get(entry.activity.trim().toLowerCase())) ?? byTemplate.get(entry.template);
    return activity ? { activity, category: categoryOf.get(activity) ?? (profile.categories ? 'uncategorised' : undefined) } : undefined;
  };
}

// ---------- R7: credits, in date order so a cap is claimed by the earliest entries ----------
function withCredits(profile, rows) {
  const rates = new Map((profile.credits ?? []).map((c) => [c.activity, c]));
  const used = new Map();
  const step = profile.increment;
  return rows.map((row) => {
    const rate = rates.get(row.activity);
    let credits = rate?.per_record ?? (rate ? row.hours * rate.per_hour : row.hours);
    if (rate?.max !== undefined) {
      const before = used.get(row.activity) ?? 0;
      credits = Math.max(0, Math.min(credits, rate.max - before));
      used.set(row.activity, before + credits);
    }
    if (step) credits = Math.floor(round(credits / step)) * step;
    return { ...row, credits: round(credits) };
  });
}

function matches(match, row) {
  if (!match) return true;
  return (match.activities ?? []).includes(row.activity) || (match.templates ?? []).includes(row.template) ||
    (match.categories ?? []).includes(row.category) || (match.tags ?? []).some((t) => row.tags.includes(t));
}

// ---------- one report ----------
function counted(profile, entries, span, author) {
  const classify = classifier(profile);
  const inSpan = entries.filter((e) => e.status === 'complete' && (author === undefined || e.author === author) && e.date >= span.from && e.date <= span.to);
  const rows = [];
  const notCounted = [];
  for (const e of inSpan) {
    const c = classify(e);
    if (c) rows.push({ source: e.source, date: e.date, template: e.template, tags: e.tags, visibility: e.visibility, hours: e.hours, participatory: e.participatory, ...c });
    else notCounted.push(e);
  }
  return { rows: withCredits(profile, rows), notCounted };
}

const totalOf = (unit, rows) => (unit === 'records' ? rows.length : unit === 'credits' ? sum(rows, (r) => r.credits) : sum(rows, (r) => r.hours));

function figure(req, rows, span) {
  const hit = rows.filter((r) => matches(req.match, r));
  switch (req.measure) {
    case 'hours': return sum(hit, (r) => r.hours);
    case 'participatory-hours': return sum(hit, (r) => r.participatory);
    case 'credits': return sum(hit, (r) => r.credits);
    case 'records': return hit.length;
    case 'distinct-categories': return new Set(hit.map((r) => r.category).filter(Boolean)).size;
    case 'distinct-activity-types': return new Set(hit.map((r) => r.activity)).size;
    case 'longest-gap-days': {
      const days = [span.from, ...[...new Set(hit.map((r) => r.date))].sort(), span.to];
      return Math.max(...days.slice(1).map((d, i) => daysBetween(days[i], d)));
    }
    default: throw new Error(`${req.id}: unknown measure ${req.measure}`);
  }
}

function requirement(profile, req, entries, settings, span, periodEnd, author, spanRows) {
  const min = req.min;
  const met = (value) => (req.max !== undefined ? value <= req.max : value >= min);
  const head = { id: req.id, measure: req.measure, per: req.per ?? 'period', ...(req.max !== undefined ? { max: req.max } : { min }) };
  if (req.per === 'year') {
    const years = [];
    for (let y = cpdYearOf(span.from, settings.year_start); y.from <= span.to; y = cpdYearOf(addDays(y.to, 1), settings.year_start)) {
      const part = { from: y.from < span.from ? span.from : y.from, to: minDate(y.to, span.to) };
      // A year inside the counted span takes the span's rows, so a capped rate is claimed once over the span.
      const achieved = figure(req, spanRows.filter((r) => r.date >= part.from && r.date <= part.to), part);
      years.push({ ...part, achieved, met: met(achieved) });
    }
    return { ...head, years, met: years.every((y) => y.met) };
  }
  const reqSpan = req.per === 'cycle'
    ? { from: addYears(addDays(periodEnd, 1), -profile.cycle_years), to: span.to }
    : span;
  const reqRows = reqSpan === span ? spanRows : counted(profile, entries, reqSpan, author).rows;
  const achieved = figure(req, reqRows, reqSpan);
  return { ...head, span: reqSpan, achieved, met: met(achieved) };
}

function parts(rows, key, order) {
  const ids = [...new Set([...order, ...rows.map((r) => r[key])])].filter((id) => rows.some((r) => r[key] === id));
  return ids.map((id) => {
    const mine = rows.filter((r) => r[key] === id);
    return { id, entries: mine.length, hours: sum(mine, (r) => r.hours), participatoryHours: sum(mine, (r) => r.participatory), credits: sum(mine, (r) => r.credits) };
  });
}

function reflectiveAccounts(profile, rows) {
  const byReq = profile.requirements.find((r) => r.measure === 'records' && (r.match?.activities ?? []).includes('reflective-account'));
  if (byReq) return rows.filter((r) => matches(byReq.match, r));
  const layouts = profile.accounts ?? [];
  return rows.filter((r) => layouts.some((l) => matches(l.match, r)));
}

export function report(profile, entries, settings, choice) {
  const today = settings.clock.slice(0, 10);
  const author = settings.author;
  let period;
  if (choice) period = { from: choice.from, to: choice.to, source: 'options' };
  else {
    const year = cpdYearOf(today, settings.year_start);
    period = { from: addYears(year.from, -(profile.period.years - 1)), to: year.to, source: 'profile' };
  }
  const span = { from: period.from, to: minDate(period.to, today) };
  const { rows, notCounted } = counted(profile, entries, span, author);
  const unit = profile.unit;
  const order = (profile.categories ?? []).map((c) => c.id);
  const byCategory = profile.categories ? parts(rows, 'category', order) : [];
  const byActivity = parts(rows, 'activity', profile.activity_types.map((t) => t.id));
  const mine = (e) => e.author === author;
  const planned = entries.filter((e) => mine(e) && e.status === 'complete' && e.date > today && e.date <= period.to);
  const drafts = entries.filter((e) => mine(e) && e.status === 'draft' && e.date >= span.from && e.date <= span.to);
  const privateRows = rows.filter((r) => r.visibility === 'private');
  const everyone = counted(profile, entries, span, undefined).rows;
  const accounts = reflectiveAccounts(profile, rows);
  const layouts = profile.accounts ?? [];
  const laidOut = rows.filter((r) => layouts.some((l) => matches(l.match, r)));
  const notCountedBy = [...new Set(notCounted.map((e) => e.activity ?? '(none)'))].map((activity) => {
    const these = notCounted.filter((e) => (e.activity ?? '(none)') === activity);
    return { activity, entries: these.length, hours: sum(these, (e) => e.hours), sources: these.map((e) => e.source) };
  });
  const result = {
    profile: profile.id,
    args: ['export', 'cpd', '--profile', profile.id, ...(choice ? ['--from', choice.from, '--to', choice.to] : []), '--format', 'json'],
    unit,
    period: { ...period, countedThrough: span.to },
    totals: {
      total: totalOf(unit, rows), entries: rows.length, hours: sum(rows, (r) => r.hours), participatoryHours: sum(rows, (r) => r.participatory),
      nonParticipatoryHours: round(sum(rows, (r) => r.hours) - sum(rows, (r) => r.participatory)), credits: sum(rows, (r) => r.credits),
      byActivity, byCategory,
    },
    requirements: profile.requirements.map((req) => requirement(profile, req, entries, settings, span, period.to, author, rows)),
    notCounted: { entries: notCounted.length, hours: sum(notCounted, (e) => e.hours), byActivity: notCountedBy },
    unfinishedNotes: { count: drafts.length, sources: drafts.map((e) => e.source) },
    planned: { count: planned.length, sources: planned.map((e) => e.source) },
    reflectiveAccounts: { count: accounts.length, sources: accounts.map((r) => r.source) },
    accountsLaidOut: laidOut.length,
    private: { entries: privateRows.length, total: totalOf(unit, privateRows), sources: privateRows.map((r) => r.source) },
    allAuthors: { entries: everyone.length, total: totalOf(unit, everyone), hours: sum(everyone, (r) => r.hours) },
    counted: rows.map((r) => ({ source: r.source, date: r.date, activity: r.activity, category: r.category ?? null, hours: r.hours, participatory: r.participatory, credits: r.credits })),
  };
  checkSums(result);
  return result;
}

/** Every total equals the sum of its parts: a broken oracle stops here instead of writing figures. */
function checkSums(r) {
  const t = r.totals;
  const same = (a, b, what) => { if (Math.abs(a - b) > 1e-9) throw new Error(`${r.profile}: ${what}: ${a} != ${b}`); };
  for (const key of ['entries', 'hours', 'participatoryHours', 'credits']) {
    same(sum(t.byActivity, (p) => p[key]), t[key], `sum of activities' ${key}`);
    if (t.byCategory.length) same(sum(t.byCategory, (p) => p[key]), t[key], `sum of categories' ${key}`);
  }
  same(sum(r.counted, (c) => c.credits), t.credits, 'sum of row credits');
}

/** `exclude` leaves out some sources (e.g. the answers files a build refused), to compare with such a journal. */
export function oracle(fixture = FIXTURE, exclude = []) {
  const settings = readSettings(fixture);
  const entries = readEntries(fixture).filter((e) => !exclude.includes(e.source));
  const explicit = { from: String(settings.explicit_period.from), to: String(settings.explicit_period.to) };
  const reports = [];
  for (const profile of readProfiles()) {
    reports.push(report(profile, entries, settings, undefined), report(profile, entries, settings, explicit));
  }
  return {
    schema: 'mindlines.cpd-oracle/1',
    generatedBy: 'scripts/cpd-oracle.mjs (reads answers/*.yaml, quick-notes.txt, journal.yaml and templates/profiles/*.yaml)',
    clock: settings.clock, author: settings.author, mode: settings.mode, yearStart: settings.year_start, cycleStart: null,
    rules: RULES, reports,
  };
}

/** JSON, indented, with any value that fits in 140 characters kept on one line: short to read and to diff. */
function stringify(value, indent = '') {
  const flat = JSON.stringify(value);
  if (flat.length + indent.length <= 140 || value === null || typeof value !== 'object') return flat;
  const inner = `${indent}  `;
  const items = Array.isArray(value)
    ? value.map((v) => `${inner}${stringify(v, inner)}`)
    : Object.entries(value).map(([k, v]) => `${inner}${JSON.stringify(k)}: ${stringify(v, inner)}`);
  return Array.isArray(value) ? `[\n${items.join(',\n')}\n${indent}]` : `{\n${items.join(',\n')}\n${indent}}`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const file = path.join(FIXTURE, 'expected.json');
  const fresh = oracle();
  if (process.argv.includes('--check')) {
    const kept = JSON.parse(readFileSync(file, 'utf8'));
    if (!isDeepStrictEqual(kept, fresh)) {
      process.stderr.write(`${file} is out of date: run node scripts/cpd-oracle.mjs\n`);
      process.exitCode = 1;
    }
  } else {
    writeFileSync(file, `${stringify(fresh)}\n`);
    process.stderr.write(`wrote ${path.relative(process.cwd(), file)}: ${fresh.reports.length} reports\n`);
  }
}
