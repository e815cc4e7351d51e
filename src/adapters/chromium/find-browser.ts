import { accessSync, constants, statSync } from 'node:fs';
import path from 'node:path';
import { BrowserNotFoundError } from '../../errors.js';
import { messages } from '../../ui/messages.js';

/** Where to look for a browser: the environment (PATH, MINDLINES_BROWSER, Windows' folders), the platform, home. */
export interface BrowserSearch {
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
  home: string;
  /** Whether a path is a file this process may run (injected so tests can describe any machine). */
  isExecutable?: (file: string) => boolean;
}

/** Program names of Chrome, Chromium and Edge as Linux and BSD packages install them on the PATH. */
const UNIX_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'microsoft-edge', 'microsoft-edge-stable'];

/** Installs that are often not on the PATH: Google's and Microsoft's .deb/.rpm folders and the snap. */
const UNIX_PATHS = ['/opt/google/chrome/chrome', '/opt/microsoft/msedge/msedge', '/snap/bin/chromium'];

const MAC_APPS = [
  'Google Chrome.app/Contents/MacOS/Google Chrome',
  'Chromium.app/Contents/MacOS/Chromium',
  'Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
];

const WINDOWS_APPS = ['Google\\Chrome\\Application\\chrome.exe', 'Microsoft\\Edge\\Application\\msedge.exe', 'Chromium\\Application\\chrome.exe'];

/** Every place a Chrome, Chromium or Edge usually is on this platform, in the order they are tried. */
export function browserCandidates(search: Omit<BrowserSearch, 'isExecutable'>): string[] {
  const { env, platform, home } = search;
  if (platform === 'win32') {
    const roots = [env.LOCALAPPDATA, env.ProgramFiles ?? env.PROGRAMFILES, env['ProgramFiles(x86)'] ?? env['PROGRAMFILES(X86)']].filter((r): r is string => Boolean(r));
    return roots.flatMap((root) => WINDOWS_APPS.map((app) => path.win32.join(root, app)));
  }
  const onPath = (env.PATH ?? '')
    .split(path.delimiter)
    .filter(Boolean)
    .flatMap((dir) => UNIX_NAMES.map((name) => path.join(dir, name)));
  if (platform === 'darwin') return [...['/Applications', path.join(home, 'Applications')].flatMap((dir) => MAC_APPS.map((app) => path.join(dir, app))), ...onPath];
  return [...onPath, ...UNIX_PATHS];
}

function canRun(file: string): boolean {
  try {
    if (!statSync(file).isFile()) return false;
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The browser to print with: $MINDLINES_BROWSER when set (and it must then be there), else the first Chrome,
 * Chromium or Edge in the usual places. None found is a BrowserNotFoundError that says how to print the HTML instead.
 */
export function findBrowser(search: BrowserSearch): string {
  const isExecutable = search.isExecutable ?? canRun;
  const chosen = search.env.MINDLINES_BROWSER;
  if (chosen) {
    if (isExecutable(chosen)) return chosen;
    throw new BrowserNotFoundError(messages.browserSetButMissing(chosen), { hint: messages.printHtmlInstead });
  }
  const found = browserCandidates(search).find(isExecutable);
  if (found) return found;
  throw new BrowserNotFoundError(messages.noBrowser, { hint: messages.printHtmlInstead });
}
