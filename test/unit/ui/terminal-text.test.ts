import { describe, expect, it } from 'vitest';
import { escapeForTerminal } from '../../../src/ui/terminal-text.js';

describe('entry text printed on a terminal', () => {
  it.each([
    ['\u001b]0;pwned\u0007', '\\x1b]0;pwned\\x07'],
    ['\u001b[2J clear', '\\x1b[2J clear'],
    ['over\rwrite', 'over\\rwrite'],
    ['c1 \u009b31m', 'c1 \\x9b31m'],
    ['bidi \u202egnp.exe', 'bidi \\u202egnp.exe'],
    ['del \u007f', 'del \\x7f'],
  ])('shows %j escaped', (input, expected) => {
    expect(escapeForTerminal(input)).toBe(expected);
  });

  it('leaves ordinary text, tabs, newlines and emoji alone', () => {
    const text = 'Spacer technique\tin under-5s\nCafé 😀 — “quoted”';
    expect(escapeForTerminal(text)).toBe(text);
  });
});
