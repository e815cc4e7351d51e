import { spawn } from 'node:child_process';

/**
 * Shows long output through a pager, as git does (issue 17): `$MINDLINES_PAGER`, else `$PAGER`, else `less` with
 * `LESS=FRX` (quit if it fits one screen, keep colours, leave the text on the screen). Resolves false, having shown
 * nothing, when there is no pager to run (none set, `cat`, or not installed), so the caller prints instead.
 */
export async function runPager(text: string, env: NodeJS.ProcessEnv): Promise<boolean> {
  const command = (env.MINDLINES_PAGER ?? env.PAGER ?? 'less').trim();
  if (!command || command === 'cat') return false;
  // Ctrl-C belongs to the pager while it runs (same process group): it decides what it means, we wait.
  const ignore = () => undefined;
  process.on('SIGINT', ignore);
  try {
    return await new Promise<boolean>((resolve) => {
      const child = spawn(command, { shell: true, stdio: ['pipe', 'inherit', 'inherit'], env: { ...env, LESS: env.LESS ?? 'FRX', LV: env.LV ?? '-c' } });
      child.once('error', () => resolve(false));
      // The reader may quit before reading everything: that is their choice, not a failure.
      child.stdin.on('error', () => undefined);
      child.once('exit', (code) => resolve(code !== 127 && code !== 126));
      child.stdin.end(text);
    });
  } finally {
    process.off('SIGINT', ignore);
  }
}
