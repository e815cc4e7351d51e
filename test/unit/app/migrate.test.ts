import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrateJournal, planMigration, type MigrationStep } from '../../../src/app/migrate.js';
import type { JournalPorts } from '../../../src/app/context.js';
import { openJournalPorts } from '../../../src/container.js';
import { UsageError } from '../../../src/errors.js';
import { gitJournal } from '../../helpers/git-journal.js';

const step = (from: number, log: string[]): MigrationStep => ({ from, describe: `step ${from}`, run: async () => void log.push(`ran ${from}`) });

describe('journal format versions and `migrate` (issue 14)', () => {
  it('init writes the format; migrate on a current journal does nothing, says so, and changes no byte', async () => {
    const j = await gitJournal();
    const config = readFileSync(path.join(j.root, 'mindlines.yaml'), 'utf8');
    expect(config).toMatch(/^version: 1$/m);
    const migrated = await j.run(['migrate']);
    expect(migrated.code).toBe(0);
    expect(migrated.stderr).toBe('This journal is format 1, the format this mindlines writes: nothing to migrate.\n');
    expect(JSON.parse((await j.run(['migrate', '--json'])).stdout)).toEqual({ from: 1, to: 1, ran: [] });
    expect(readFileSync(path.join(j.root, 'mindlines.yaml'), 'utf8')).toBe(config);
  });

  it('reads a journal without a version as format 1', async () => {
    const j = await gitJournal();
    const file = path.join(j.root, 'mindlines.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^version: 1\n/m, ''));
    expect((await j.run(['migrate', '--json'])).stdout).toContain('"from": 1');
    expect((await j.run(['list'])).code).toBe(0);
  });

  it('refuses a journal of a newer format, naming both formats', async () => {
    const j = await gitJournal();
    const file = path.join(j.root, 'mindlines.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^version: 1$/m, 'version: 2'));
    const listed = await j.run(['list']);
    expect(listed.code).toBe(1);
    expect(listed.stderr).toContain('this journal is format 2, made by a newer mindlines (this one knows format 1); update mindlines');
  });

  it('runs the steps between two formats in order, recording the format after each in mindlines.yaml', async () => {
    const log: string[] = [];
    expect(planMigration(1, 3, [step(2, log), step(1, log)]).map((s) => s.from)).toEqual([1, 2]);
    expect(() => planMigration(1, 3, [step(1, log)])).toThrow(UsageError);

    const j = await gitJournal();
    const { ports } = await openJournalPorts({ flag: j.root, env: j.env, cwd: j.root, discovery: 'existing' });
    const recorded: number[] = [];
    const spy: JournalPorts = { ...(ports as JournalPorts) };
    spy.journalFormat = { record: async (version) => void recorded.push(version) };
    expect(await migrateJournal(spy, [step(1, log), step(2, log)], 3)).toEqual({ from: 1, to: 3, ran: ['step 1', 'step 2'] });
    expect(log).toEqual(['ran 1', 'ran 2']);
    expect(recorded).toEqual([2, 3]);

    const before = readFileSync(path.join(j.root, 'mindlines.yaml'), 'utf8');
    await (ports as JournalPorts).journalFormat.record(2);
    expect(readFileSync(path.join(j.root, 'mindlines.yaml'), 'utf8')).toBe(before.replace(/^version: 1$/m, 'version: 2'));
  });
});
