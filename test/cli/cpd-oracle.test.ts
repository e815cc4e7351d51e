import path from 'node:path';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCpdOracleJournal, type Manifest } from '../../scripts/build-cpd-oracle-journal.mjs';
import { cpdReportSchemaErrors } from '../helpers/cpd-schema.js';
import { isolatedEnv, tempDir } from '../helpers/isolated-env.js';
import { runInProcess } from '../helpers/run-in-process.js';

// The journal of test/fixtures/journals/cpd-oracle, written with `new --answers` and `quick` as a user would (run
// in-process, once for this file), and the totals scripts/cpd-oracle.mjs computed from the answers without any of
// mindlines' code (expected.json). Issue 12: `export cpd --format json` must give exactly those, for every profile.
const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/journals/cpd-oracle');

interface Part {
  id: string;
  entries: number;
  hours: number;
  participatoryHours: number;
  credits: number;
}
interface OracleRequirement {
  id: string;
  span?: { from: string; to: string };
  years?: { from: string; to: string; achieved: number; met: boolean }[];
  achieved?: number;
  met: boolean;
}
interface OracleReport {
  profile: string;
  args: string[];
  unit: 'hours' | 'credits' | 'records';
  period: { from: string; to: string; countedThrough: string };
  totals: { total: number; entries: number; hours: number; participatoryHours: number; nonParticipatoryHours: number; credits: number; byActivity: Part[]; byCategory: Part[] };
  requirements: OracleRequirement[];
  notCounted: { entries: number; hours: number; byActivity: { activity: string; entries: number; hours: number; sources: string[] }[] };
  unfinishedNotes: { count: number; sources: string[] };
  planned: { count: number; sources: string[] };
  reflectiveAccounts: { count: number; sources: string[] };
  accountsLaidOut: number;
  private: { entries: number; total: number; sources: string[] };
  allAuthors: { entries: number; total: number; hours: number };
  counted: { source: string; date: string; activity: string; category: string | null; hours: number; participatory: number; credits: number }[];
}
const expected = JSON.parse(readFileSync(path.join(FIXTURE, 'expected.json'), 'utf8')) as { clock: string; reports: OracleReport[] };

let journal: string;
let manifest: Manifest;
const isolated = isolatedEnv();
const exportJson = async (args: string[]) => {
  const out = await runInProcess(['--journal', journal, ...args], { cwd: journal, env: { ...isolated.env, MINDLINES_NOW: expected.clock } });
  expect(out.stderr).not.toMatch(/error/i);
  expect(out.code).toBe(0);
  const report = JSON.parse(out.stdout);
  // Every JSON export is what the shipped schema says it is, and holds no field the schema does not describe.
  expect(cpdReportSchemaErrors(report)).toEqual([]);
  return report;
};

beforeAll(async () => {
  journal = path.join(tempDir('mindlines-cpd-oracle-'), 'journal');
  manifest = await buildCpdOracleJournal(journal, FIXTURE, (dir, now, args) =>
    runInProcess(['--journal', dir, ...args], { cwd: dir, env: { ...isolated.env, MINDLINES_NOW: now } }),
  );
}, 120_000);

describe('the journal is written as a user would write it', () => {
  it('every answers file and quick note is accepted (1h30, 45 min, 1,5 and participatory: true included)', () => {
    expect(Object.entries(manifest).filter(([, item]) => item.refused)).toEqual([]);
    expect(Object.keys(manifest)).toHaveLength(45);
  });
});

describe.each(expected.reports.map((r) => [`${r.profile} ${r.args.includes('--from') ? 'explicit period' : 'default period'}`, r] as const))(
  'export cpd --format json equals the independent totals: %s',
  (_name, want) => {
    it('counts what the regulator counts', async () => {
      const got = await exportJson(want.args);
      const idOf = (source: string) => manifest[source]?.id;
      const sourceOf = new Map(Object.entries(manifest).map(([source, item]) => [item.id, source]));
      expect(got.period).toMatchObject({ from: want.period.from, to: want.period.to, countedThrough: want.period.countedThrough });
      const { byActivity, byCategory, total, ...figures } = want.totals;
      expect(got.totals).toMatchObject(figures);
      expect(got.totals[want.unit === 'records' ? 'entries' : want.unit]).toBe(total);
      const parts = (list: Part[]) => list.map(({ id, entries, hours, participatoryHours, credits }) => ({ id, entries, hours, participatoryHours, credits }));
      expect(parts(got.totals.byActivity)).toEqual(byActivity);
      expect(parts(got.totals.byCategory)).toEqual(byCategory);
      for (const req of want.requirements) {
        const mine = got.requirements.find((r: { id: string }) => r.id === req.id);
        if (req.years) {
          expect(mine.years.map((y: OracleRequirement['years']) => y)).toEqual(req.years);
        } else {
          expect({ id: mine.id, span: mine.span, achieved: mine.achieved }).toEqual({ id: req.id, span: req.span, achieved: req.achieved });
        }
        expect(mine.met).toBe(req.met);
      }
      expect(
        got.log.rows.map((r: { id: string; date: string; activity: string; category: string; hours: number; participatory: number; credits: number }) => ({
          source: sourceOf.get(r.id),
          date: r.date,
          activity: r.activity,
          category: r.category || null,
          hours: r.hours,
          participatory: r.participatory,
          credits: r.credits,
        })),
      ).toEqual(want.counted);
      expect({ entries: got.notCounted.entries, hours: got.notCounted.hours }).toEqual({ entries: want.notCounted.entries, hours: want.notCounted.hours });
      expect(got.notCounted.rows.map((r: { id: string }) => sourceOf.get(r.id)).sort()).toEqual(want.notCounted.byActivity.flatMap((a) => a.sources).sort());
      expect(got.unfinished.count).toBe(want.unfinishedNotes.count);
      expect(got.unfinished.notes.map((n: { shortId: string }) => n.shortId)).toEqual(want.unfinishedNotes.sources.map((s) => manifest[s]?.shortId));
      expect(got.planned.map((p: { id: string }) => p.id)).toEqual(want.planned.sources.map(idOf));
      expect(got.totals.accounts).toBe(want.reflectiveAccounts.count);
      expect(got.totals.laidOut).toBe(want.accountsLaidOut);
      expect(got.accounts.filter((a: { reflective: boolean }) => a.reflective).map((a: { id: string }) => sourceOf.get(a.id))).toEqual(want.reflectiveAccounts.sources);
      expect(got.private).toEqual({ excluded: false, entries: want.private.entries, total: want.private.total });
    });

    it('--all-authors gives the team total; --exclude-private leaves the private entries out and says how many', async () => {
      const unitKey = want.unit === 'records' ? 'entries' : want.unit;
      const team = await exportJson([...want.args, '--all-authors']);
      expect(team.author).toBeNull();
      expect({ entries: team.totals.entries, total: team.totals[unitKey], hours: team.totals.hours }).toEqual(want.allAuthors);
      const shared = await exportJson([...want.args, '--exclude-private']);
      expect(shared.private).toEqual({ excluded: true, entries: want.private.entries, total: want.private.total });
      expect(shared.totals.entries).toBe(want.totals.entries - want.private.entries);
      expect(shared.totals[unitKey]).toBeCloseTo(want.totals.total - want.private.total, 9);
      expect(shared.log.rows.filter((r: { visibility: string }) => r.visibility === 'private')).toEqual([]);
    });
  },
);
