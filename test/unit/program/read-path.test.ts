import { PassThrough } from 'node:stream';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { GlobalOptions, Runtime } from '../../../src/container.js';

// What a command was asked to do, whichever parser read the command line: the command modules and the context are
// replaced by recorders, so the two parsers are compared on their answers, not on a journal.
const calls: unknown[] = [];
// The context's end-of-command step (issue 17 commits a command's changes there): one function, so both contexts match.
const finish = async () => undefined;
vi.mock('../../../src/container.js', () => ({
  createUi: () => ({}),
  openContext: async (_runtime: Runtime, globals: GlobalOptions) => {
    const { journal, json, color, quiet, debug } = globals;
    return { globals: { journal, json, color, quiet, debug }, finish };
  },
}));
vi.mock('../../../src/commands/search.js', () => ({ runSearch: async (opts: unknown, ctx: unknown) => void calls.push(['search', opts, ctx]) }));
vi.mock('../../../src/commands/list.js', () => ({ runList: async (opts: unknown, ctx: unknown) => void calls.push(['list', opts, ctx]) }));
vi.mock('../../../src/commands/show.js', () => ({ runShow: async (opts: unknown, ctx: unknown) => void calls.push(['show', opts, ctx]) }));

const { parseReadCommand, runReadCommand } = await import('../../../src/program/read-path.js');
const { createProgram } = await import('../../../src/program.js');

const runtime: Runtime = { env: {}, cwd: '/', stdin: new PassThrough(), stdout: new PassThrough(), stderr: new PassThrough() };

/** What the lean path does with `args`, or undefined when it leaves them to commander. */
async function lean(args: string[]): Promise<unknown[] | undefined> {
  const parsed = parseReadCommand(args);
  if (!parsed) return undefined;
  calls.length = 0;
  await runReadCommand(parsed, runtime);
  return [...calls];
}

/** What commander does with `args`. */
async function viaCommander(args: string[]): Promise<unknown[]> {
  calls.length = 0;
  const program = createProgram(runtime);
  await program.parseAsync(['node', 'mindlines', ...args]);
  return [...calls];
}

describe('everyday search, list and show skip commander and mean exactly what commander would make of them', () => {
  beforeEach(() => {
    calls.length = 0;
  });

  it.each([
    [['search', 'spacers']],
    [['search', 'spacer', 'mask', '--json']],
    [['search', 'inhaler technique', '--since', '2025-01-01', '--until=2025-12-31']],
    [['--journal', '/tmp/j', 'search', '--tag', 'asthma', '--tag', 'paeds', 'spacers']],
    [['search', 'spacers', '--journal=/tmp/j', '-q', '--no-color']],
    [['list']],
    [['ls', '--json']],
    [['list', '--since', 'last year', '--until', '2026-11-27', '--json']],
    [['list', '--visibility', 'team', '--status', 'draft', '--sort', 'hours', '--format', 'paths', '--limit', '5']],
    [['list', '--activity', 'course', '--template', 'gibbs', '--author', 'Ada', '--debug']],
    [['show', '01JD00']],
    [['--json', 'show', 'entries/2026/11/a.md']],
  ])('%j', async (args) => {
    const fast = await lean(args);
    expect(fast, 'the lean path takes this one').toBeDefined();
    expect(fast).toHaveLength(1);
    expect(fast).toEqual(await viaCommander(args));
  });

  it.each([
    [['search']],
    [['list', 'extra']],
    [['show']],
    [['show', 'a', 'b']],
    [['show', '--since', '2025-01-01', 'a']],
    [['list', '--visibility', 'everyone']],
    [['list', '--limit']],
    [['list', '--since', '--json']],
    [['list', '--since', 'a', '--since', 'b']],
    [['list', '--unknown']],
    [['list', '--help']],
    [['search', '--', '-x']],
    [['--journal', 'a', '--journal', 'b', 'list']],
    [['--version']],
    [['status']],
  ])('%j goes to commander, which says what is wrong or does what it asks', (args) => {
    expect(parseReadCommand(args)).toBeUndefined();
  });
});
