import { PassThrough, Writable } from 'node:stream';
import { run } from '../../src/cli.js';
import type { Runtime } from '../../src/container.js';
import { BIN, type CliResult, type RunOptions } from './run-cli.js';

export type { CliResult, RunOptions } from './run-cli.js';

/** A stdout or stderr that keeps what was written, like a pipe with nothing on the other end but a reader. */
class Collector extends Writable {
  readonly isTTY = false;
  private readonly chunks: Buffer[] = [];

  override _write(chunk: Buffer | string, encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    this.chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, encoding) : chunk);
    done();
  }

  text(): string {
    return Buffer.concat(this.chunks).toString('utf8');
  }
}

/**
 * Makes `process.env` exactly `env` until the returned function puts the old one back. mindlines reads its own
 * settings from the injected runtime, but the git it runs inherits `process.env` (src/adapters/git-cli.ts) and must
 * see the test's HOME, identity and GIT_CONFIG_GLOBAL, never the real user's; local times follow TZ (UTC in
 * isolatedEnv); commander's help colour reads NO_COLOR. So a run sees what a spawned CLI would.
 */
function swapProcessEnv(env: NodeJS.ProcessEnv): () => void {
  const saved = { ...process.env };
  const replace = (next: NodeJS.ProcessEnv) => {
    for (const key of Object.keys(process.env)) if (!(key in next)) delete process.env[key];
    for (const [key, value] of Object.entries(next)) if (value !== undefined) process.env[key] = value;
  };
  replace(env);
  return () => replace(saved);
}

/** Runs in-process one at a time: process.env is shared, so two overlapping runs would see each other's. */
let queue: Promise<unknown> = Promise.resolve();

/**
 * Runs a command in this process through `run(argv, runtime)` (src/cli.ts), as the built CLI would run it with no
 * terminal: a piped stdin carrying `input` (closed either way), fresh stdout and stderr, the given env and cwd. The
 * result has the shape of `runCli` (test/helpers/run-cli.ts), so a test moves between the two by its import.
 *
 * Use it unless the point of the test is the process itself (the bin, pipes, signals, concurrent processes).
 */
export function runInProcess(args: string[], options: RunOptions): Promise<CliResult> {
  const result = queue.then(() => runOnce(args, options));
  queue = result.catch(() => undefined);
  return result;
}

async function runOnce(args: string[], options: RunOptions): Promise<CliResult> {
  const stdout = new Collector();
  const stderr = new Collector();
  const stdin = new PassThrough();
  stdin.end(options.input ?? '');
  const runtime: Runtime = { env: { ...options.env }, cwd: options.cwd, stdin, stdout, stderr };
  const restore = swapProcessEnv(runtime.env);
  try {
    const code = await run([process.execPath, BIN, ...args], runtime);
    return { code, stdout: stdout.text(), stderr: stderr.text() };
  } finally {
    restore();
  }
}
