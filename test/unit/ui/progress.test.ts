import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { progressBar } from '../../../src/ui/progress.js';

function stream(isTTY: boolean) {
  const out = new PassThrough() as PassThrough & { isTTY?: boolean };
  out.isTTY = isTTY;
  let text = '';
  out.on('data', (chunk: Buffer) => (text += chunk.toString()));
  return { out, text: () => text };
}

describe('the reindex progress bar', () => {
  it('draws on a terminal, ends at 100% and clears its line', async () => {
    const s = stream(true);
    const bar = progressBar(s.out, 'indexing');
    bar.update(0, 200);
    bar.update(200, 200);
    bar.stop();
    await new Promise((resolve) => setImmediate(resolve));
    expect(s.text()).toContain('indexing [..............................]   0%  0/200');
    expect(s.text()).toContain('indexing [##############################] 100%  200/200');
    expect(s.text().endsWith('\r\x1b[2K')).toBe(true);
  });

  it('says nothing when stderr is a file or a pipe', async () => {
    const s = stream(false);
    const bar = progressBar(s.out, 'indexing');
    bar.update(5, 10);
    bar.stop();
    await new Promise((resolve) => setImmediate(resolve));
    expect(s.text()).toBe('');
  });
});
