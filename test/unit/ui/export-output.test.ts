import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { printExport } from '../../../src/ui/export-output.js';
import { Ui } from '../../../src/ui/output.js';

function terminalUi(isTTY: boolean) {
  const stdout = Object.assign(new PassThrough(), { isTTY });
  let written = '';
  stdout.on('data', (chunk: Buffer) => (written += chunk.toString('utf8')));
  const ui = new Ui({ stdout, stderr: new PassThrough() }, { env: { NO_COLOR: '1' } });
  return { ui, written: () => written };
}

describe('an export printed instead of written to a file', () => {
  const hostile = '# Title \u001b]0;pwned\u0007 \u001b[2J\n';

  it('escapes control characters on a terminal', async () => {
    const t = terminalUi(true);
    printExport(hostile, t.ui, 'md');
    expect(t.written()).toBe('# Title \\x1b]0;pwned\\x07 \\x1b[2J\n');
  });

  it('passes the bytes through unchanged to a pipe or file, for scripts', async () => {
    const t = terminalUi(false);
    printExport(hostile, t.ui, 'md');
    expect(t.written()).toBe(hostile);
  });
});
