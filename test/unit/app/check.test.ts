import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FsEntryStore } from '../../../src/adapters/fs-entry-store.js';
import { checkFiles, type CheckPorts } from '../../../src/app/check.js';
import type { JournalPorts } from '../../../src/app/context.js';
import { openJournalPorts } from '../../../src/container.js';
import type { PrivacyScanner } from '../../../src/core/privacy/scanner.js';
import { writeEntries } from '../../helpers/entries.js';
import { tempDir } from '../../helpers/isolated-env.js';

afterEach(() => vi.restoreAllMocks());

/** A journal of a few entries, one holding an email address; opened as `check` opens it, with a scanner that counts. */
function makeJournal() {
  const root = path.join(tempDir('mindlines-check-'), 'journal');
  const paths = writeEntries(root, [
    { title: 'Spacer technique', experience: 'Asked about spacers.' },
    { title: 'Sepsis six', experience: 'Lactate first. Write to sam.nurse@example.org about it.' },
    { title: 'Falls review', experience: 'Checked the medicines.' },
  ]);
  writeFileSync(path.join(root, 'mindlines.yaml'), 'version: 1\nname: Check journal\nmode: personal\nprofile: nmc\n');
  return { root, paths };
}

async function checkPorts(root: string) {
  const { ports, workspace } = await openJournalPorts({ flag: root, env: {}, cwd: root, discovery: 'optional', readsIndex: true });
  const journal = ports as JournalPorts;
  const scanned: string[] = [];
  const real = await journal.privacy();
  const scanner: PrivacyScanner = {
    scanText: (text, file) => real.scanText(text, file),
    scanEntryFile: (text, file) => (scanned.push(file), real.scanEntryFile(text, file)),
  };
  const check: CheckPorts = { ...workspace, privacy: async () => scanner, journal, lookedIn: root };
  return { check, scanned };
}

describe('check remembers what it found in each file', () => {
  it('reads and scans nothing again in an unchanged journal, only the file that changed, everything for new settings', async () => {
    const { root, paths } = makeJournal();
    const reads = vi.spyOn(FsEntryStore.prototype, 'read');
    const first = await checkPorts(root);
    const report = await checkFiles(first.check, { paths: [] });
    expect(report.findings.map((f) => [f.file, f.kind])).toEqual([[paths[1], 'email']]);
    expect(report.files).toBe(3);
    expect([...first.scanned].sort()).toEqual([...paths].sort());

    reads.mockClear();
    const again = await checkPorts(root);
    expect(await checkFiles(again.check, { paths: [] })).toEqual(report);
    expect(again.scanned).toEqual([]);
    expect(reads).not.toHaveBeenCalled();

    // An edit in place to one entry: only that one is read and scanned again.
    const edited = path.join(root, paths[0]!);
    writeFileSync(edited, readFileSync(edited, 'utf8').replace('Asked about spacers.', 'Asked about spacers. Ring 07700 900123.'));
    const changed = await checkPorts(root);
    const after = await checkFiles(changed.check, { paths: [] });
    expect(after.findings.map((f) => [f.file, f.kind]).sort()).toEqual([[paths[0], 'phone'], [paths[1], 'email']].sort());
    expect(changed.scanned).toEqual([paths[0]]);

    // The journal's own privacy settings are part of what the results depend on: a change scans everything again.
    writeFileSync(path.join(root, 'mindlines.yaml'), 'version: 1\nname: Check journal\nmode: personal\nprofile: nmc\nprivacy:\n  names: [Big Al]\n');
    const resettled = await checkPorts(root);
    await checkFiles(resettled.check, { paths: [] });
    expect([...resettled.scanned].sort()).toEqual([...paths].sort());
  });
});

describe('check’s warnings follow the profile, not the cache', () => {
  it('warns about an activity the profile does not recognise from the cached facts, and stops when the profile changes', async () => {
    const root = path.join(tempDir('mindlines-check-'), 'journal');
    const [sim] = writeEntries(root, [{ title: 'Sim session', activity: 'simulation', hours: 1, status: 'complete', experience: 'Ran a scenario.' }]);
    writeFileSync(path.join(root, 'mindlines.yaml'), 'version: 1\nname: Check journal\nmode: personal\nprofile: generic\n');
    const first = await checkPorts(root);
    const warned = await checkFiles(first.check, { paths: [] });
    expect(warned.warnings.map((w) => [w.file, w.kind])).toEqual([[sim, 'activity-not-recognised']]);

    const reads = vi.spyOn(FsEntryStore.prototype, 'read');
    const again = await checkPorts(root);
    expect((await checkFiles(again.check, { paths: [] })).warnings).toEqual(warned.warnings);
    expect(again.scanned).toEqual([]);
    expect(reads).not.toHaveBeenCalled();

    // The NMC profile counts simulation: the same cached entry, no warning, and still nothing read.
    writeFileSync(path.join(root, 'mindlines.yaml'), 'version: 1\nname: Check journal\nmode: personal\nprofile: nmc\n');
    const nmc = await checkPorts(root);
    expect((await checkFiles(nmc.check, { paths: [] })).warnings).toEqual([]);
    expect(reads).not.toHaveBeenCalled();
  });
});
