import { cpSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isolatedEnv, tempDir } from '../helpers/isolated-env.js';
import { runInProcess } from '../helpers/run-in-process.js';

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/journals/documents-gmc');
const PLAN = 'entries/2026/01/2026-01-20-personal-development-plan-review-0g07.md';

function journal() {
  const isolated = isolatedEnv({ MINDLINES_NOW: '2026-11-27' });
  const root = path.join(tempDir('mindlines-drop-'), 'journal');
  cpSync(FIXTURE, root, { recursive: true });
  return { root, run: (args: string[]) => runInProcess(['--journal', root, ...args], { cwd: root, env: isolated.env }) };
}

describe('a GP drops an action from the development plan', () => {
  it('actions drop ENTRY#N records the date and why; it is no longer open, and only `actions` and `updated` change', async () => {
    const j = journal();
    const file = path.join(j.root, PLAN);
    const before = readFileSync(file, 'utf8');
    const out = await j.run(['actions', 'drop', '0g07#2', '--note', 'the audit moved to a colleague', '--json']);
    expect(out.code).toBe(0);
    expect(out.stderr).toContain('Dropped 0g07#2 from your plan: Start a frailty audit');
    expect(JSON.parse(out.stdout)).toMatchObject({ status: 'dropped', dropped_on: '2026-11-27', note: 'the audit moved to a colleague' });
    const after = readFileSync(file, 'utf8');
    expect(after).toContain('  - text: Start a frailty audit\n    due: 2026-09-30\n    dropped: 2026-11-27\n    note: the audit moved to a colleague\n');
    expect(after.replace(/^updated: .*\n/m, '').split('---\n')[2]).toBe(before.split('---\n')[2]);
    const open = JSON.parse((await j.run(['actions', '--open', '--json'])).stdout) as { text: string }[];
    expect(open.map((a) => a.text)).not.toContain('Start a frailty audit');
    const again = await j.run(['actions', 'drop', '0g07#1']);
    expect(again.code).toBe(0);
    expect(again.stderr).toContain('0g07#1 is already done or dropped; nothing changed.');
  });
});
