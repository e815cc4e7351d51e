import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateJournal } from '../../../scripts/generate-journal.mjs';
import { FsEntryStore } from '../../../src/adapters/fs-entry-store.js';
import { FsProfileSource } from '../../../src/adapters/fs-profile-source.js';
import { MemoryEntryIndex } from '../../../src/adapters/index/memory-entry-index.js';
import { readSpan } from '../../../src/app/cpd-period.js';
import { currentPeriod } from '../../../src/core/cpd/cpd-period.js';
import { buildCpdReport, type CpdReportOptions } from '../../../src/core/cpd/cpd-report.js';
import { buildStats } from '../../../src/core/cpd/cpd-stats.js';
import { matchesFilter } from '../../../src/core/entries/filters.js';
import { Journal } from '../../../src/core/entries/journal.js';
import { tempDir } from '../../helpers/isolated-env.js';

describe('exports and stats read only the entries their period counts', () => {
  it('gives every built-in profile the same report and stats from those entries as from the whole journal', async () => {
    const root = path.join(tempDir('mindlines-span-'), 'journal');
    generateJournal(root, 240, { years: 8 });
    const journal = new Journal({
      root,
      mode: 'team',
      store: new FsEntryStore(root),
      clock: { now: () => new Date('2026-11-27T12:00:00Z') },
      ids: { next: () => '01JD0000000000000000000000' },
      index: new MemoryEntryIndex(),
    });
    const all = (await journal.scan()).entries;
    const profiles = await new FsProfileSource(root).all();
    expect(profiles.size).toBeGreaterThanOrEqual(7);
    for (const profile of profiles.values()) {
      for (const today of ['2026-11-27', '2025-03-31', '2024-04-01']) {
        const period = currentPeriod({ today, yearStart: profile.period.yearStart ?? '04-01', years: profile.period.years, label: profile.period.label, cycleStart: undefined });
        const span = readSpan(profile, period);
        const counted = all.filter((e) => matchesFilter(e, span));
        expect(counted.length, profile.id).toBeLessThan(all.length);
        const options: CpdReportOptions = {
          profile,
          period,
          yearStart: profile.period.yearStart ?? '04-01',
          today,
          generated: 'now',
          journal: 'j',
          author: null,
          authors: { kind: 'all' },
          excludePrivate: false,
          includeDrafts: true,
          defaultVisibility: 'private',
          templates: new Map(),
          skipped: [],
          uncategorisedName: 'Other',
        };
        const statsOptions = { yearStart: options.yearStart, today, uncategorisedName: 'Other' };
        if (!profile.summary) expect(buildCpdReport(counted, options), `${profile.id} ${today}`).toEqual(buildCpdReport(all, options));
        // `stats` gets them newest first (from the index), the whole journal in path order: the order does not matter.
        expect(buildStats([...counted].reverse(), profile, period, statsOptions), `${profile.id} ${today}`).toEqual(buildStats(all, profile, period, statsOptions));
      }
    }
  });
});
