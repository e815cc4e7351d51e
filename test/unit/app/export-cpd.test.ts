import { cpSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FsEntryStore } from '../../../src/adapters/fs-entry-store.js';
import type { JournalPorts } from '../../../src/app/context.js';
import { exportCpd } from '../../../src/app/export-cpd.js';
import { ExportRefusedError } from '../../../src/app/privacy-gate.js';
import { sha256 } from '../../../src/app/reflection.js';
import { openJournalPorts } from '../../../src/container.js';
import type { PrivacyScanner } from '../../../src/core/privacy/scanner.js';
import { FIXTURES } from '../../helpers/entries.js';
import { tempDir } from '../../helpers/isolated-env.js';

afterEach(() => vi.restoreAllMocks());

/** The nmc fixture journal (known totals), copied, opened as the library opens it, with a scanner that counts. */
async function openFixture() {
  const root = path.join(tempDir('mindlines-export-'), 'journal');
  cpSync(path.join(FIXTURES, 'nmc-known-totals'), root, { recursive: true });
  const { ports } = await openJournalPorts({ flag: root, env: {}, cwd: root, discovery: 'existing', now: '2026-11-27' });
  const opened = ports as JournalPorts;
  const scanned: string[] = [];
  const privacy = async (): Promise<PrivacyScanner> => {
    const real = await opened.privacy();
    return {
      scanText: (text, file) => real.scanText(text, file),
      scanEntryFile: (text, file) => {
        scanned.push(file);
        return real.scanEntryFile(text, file);
      },
    };
  };
  return { ports: { ...opened, privacy }, scanned };
}

describe('export cpd', () => {
  it('reads each entry file once and runs the privacy gate once over what it includes (bug: twice each)', async () => {
    const { ports, scanned } = await openFixture();
    await ports.journal.query(); // the index is up to date, as before any command
    const reads = vi.spyOn(FsEntryStore.prototype, 'read');
    const result = await exportCpd(ports, { format: 'json' });
    const read = reads.mock.calls.map(([file]) => file);
    expect(read.length).toBeGreaterThan(0);
    expect(new Set(read).size).toBe(read.length);
    expect(result.report.totals).toMatchObject({ hours: 29.5, participatoryHours: 19, accounts: 2 });
    expect([...scanned].sort()).toEqual(result.report.log.rows.map((r) => r.path).sort());
    expect(result.findings).toEqual([]);
  });

  it('refuses when an included entry holds an identifier, with the findings attached', async () => {
    const { ports } = await openFixture();
    const entry = (await ports.journal.query({ since: '2026-10-01', until: '2026-10-01' })).entries[0];
    const text = await ports.journal.readText(entry!.path);
    const { findings } = await ports.writer.replaceText(entry!.path, `${text}\nEmail me at sam.nurse@example.org.\n`, sha256(text));
    expect(findings.map((f) => f.kind)).toEqual(['email']);
    const refused = await exportCpd(ports, { format: 'md' }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ExportRefusedError);
    expect((refused as ExportRefusedError).findings.map((f) => [f.file, f.kind])).toEqual([[entry!.path, 'email']]);
    expect((await exportCpd(ports, { format: 'md', allowFindings: true })).findings).toHaveLength(1);
  });
});
