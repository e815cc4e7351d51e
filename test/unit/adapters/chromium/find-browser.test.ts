import { describe, expect, it } from 'vitest';
import { browserCandidates, findBrowser } from '../../../../src/adapters/chromium/find-browser.js';
import { BrowserNotFoundError } from '../../../../src/errors.js';

/** A machine where exactly these files are programs. */
const machine = (...programs: string[]) => (file: string) => programs.includes(file);

describe('finding a browser to print the PDF with', () => {
  it('on Linux, takes Chromium, Chrome or Edge from the PATH, then the folders their packages use', () => {
    const env = { PATH: '/usr/local/bin:/usr/bin' };
    const found = findBrowser({ env, platform: 'linux', home: '/home/sam', isExecutable: machine('/usr/bin/google-chrome', '/opt/microsoft/msedge/msedge') });
    expect(found).toBe('/usr/bin/google-chrome');
    expect(findBrowser({ env, platform: 'linux', home: '/home/sam', isExecutable: machine('/opt/microsoft/msedge/msedge') })).toBe('/opt/microsoft/msedge/msedge');
    expect(browserCandidates({ env, platform: 'linux', home: '/home/sam' })).toContain('/usr/local/bin/chromium');
  });

  it('on a Mac, looks in /Applications and ~/Applications first', () => {
    const candidates = browserCandidates({ env: { PATH: '/usr/bin' }, platform: 'darwin', home: '/Users/sam' });
    expect(candidates.slice(0, 3)).toEqual([
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    ]);
    expect(candidates).toContain('/Users/sam/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge');
  });

  it('on Windows, looks where Chrome and Edge install themselves (per user, then for everyone)', () => {
    const env = { LOCALAPPDATA: 'C:\\Users\\sam\\AppData\\Local', ProgramFiles: 'C:\\Program Files', 'ProgramFiles(x86)': 'C:\\Program Files (x86)' };
    const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe';
    expect(browserCandidates({ env, platform: 'win32', home: 'C:\\Users\\sam' })[0]).toBe('C:\\Users\\sam\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe');
    expect(findBrowser({ env, platform: 'win32', home: 'C:\\Users\\sam', isExecutable: machine(edge) })).toBe(edge);
  });

  it('MINDLINES_BROWSER wins, and when it names nothing runnable that is said rather than another browser used', () => {
    const search = { platform: 'linux' as const, home: '/home/sam', isExecutable: machine('/usr/bin/chromium', '/srv/chrome') };
    expect(findBrowser({ ...search, env: { PATH: '/usr/bin', MINDLINES_BROWSER: '/srv/chrome' } })).toBe('/srv/chrome');
    const error = (() => {
      try {
        return findBrowser({ ...search, env: { PATH: '/usr/bin', MINDLINES_BROWSER: '/srv/missing' } });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(BrowserNotFoundError);
    expect((error as BrowserNotFoundError).message).toMatch(/MINDLINES_BROWSER is \/srv\/missing/);
  });

  it('with no browser at all: exit code 2, and the hint says how to print the HTML instead', () => {
    let error: unknown;
    try {
      findBrowser({ env: { PATH: '/usr/bin' }, platform: 'linux', home: '/home/sam', isExecutable: machine() });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(BrowserNotFoundError);
    expect((error as BrowserNotFoundError).exitCode).toBe(2);
    expect((error as BrowserNotFoundError).hint).toMatch(/-o summary\.html.*print it to PDF/);
  });
});
