import type { Command } from 'commander';
import type { Context, GlobalOptions, Runtime } from '../container.js';

/**
 * What a command group needs to register its commands: the process, the global options of a parsed command, and
 * the journal's context. The context (and through it container.js and every adapter) is imported only when a
 * command runs, never for --help.
 */
export interface ProgramWiring {
  runtime: Runtime;
  globals(command: Command): GlobalOptions;
  /** `readsIndex: false` for commands that never read the index (OpenOptions.readsIndex in container.ts). */
  context(command: Command, options?: { readsIndex?: boolean }): Promise<Context>;
}
