import { CONFIG_VERSION } from '../config/journal-config.js';
import { UsageError } from '../errors.js';
import { messages } from '../ui/messages.js';
import type { JournalPorts } from './context.js';

/**
 * How a journal written in an older format is brought up to date (issue 14). Each step takes a journal from format
 * `from` to `from + 1`; `migrate` runs the steps between the journal's format (mindlines.yaml's `version:`, 1 when
 * absent) and the one this mindlines writes, recording the new format after each, so a step that fails leaves a
 * journal that says truly where it stopped and `migrate` carries on from there.
 *
 * Format 1 is the first, so there are no steps yet. A later step that rewrites entries should first commit (or copy
 * to .mindlines/) what it will change, and write entries through the journal's write path like every command.
 */
export interface MigrationStep {
  from: number;
  /** What it changes, in a sentence, for the person running it. */
  describe: string;
  run(ctx: MigrationPorts): Promise<void>;
}

export type MigrationPorts = Pick<JournalPorts, 'config' | 'journal' | 'writer' | 'journalFormat'>;

export const MIGRATIONS: readonly MigrationStep[] = [];

export interface MigrationResult {
  from: number;
  to: number;
  /** What each step that ran did. */
  ran: string[];
}

/** The steps from format `from` to `to`, in order; a gap (a step missing) is a bug in mindlines, said plainly. */
export function planMigration(from: number, to: number, steps: readonly MigrationStep[] = MIGRATIONS): MigrationStep[] {
  const plan: MigrationStep[] = [];
  for (let format = from; format < to; format++) {
    const step = steps.find((s) => s.from === format);
    if (!step) throw new UsageError(messages.migrateNoStep(format, to));
    plan.push(step);
  }
  return plan;
}

/** `mindlines migrate`: runs the steps this journal needs (none when it is already current). */
export async function migrateJournal(ctx: MigrationPorts, steps: readonly MigrationStep[] = MIGRATIONS, to = CONFIG_VERSION): Promise<MigrationResult> {
  const from = ctx.config.version;
  const ran: string[] = [];
  for (const step of planMigration(from, to, steps)) {
    await step.run(ctx);
    await ctx.journalFormat.record(step.from + 1);
    ran.push(step.describe);
  }
  return { from, to, ran };
}
