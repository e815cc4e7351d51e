import type { Exposure } from '../core/ports.js';
import type { JournalPorts } from './context.js';

export interface DoctorReport {
  /** What other users could read, now private. */
  tightened: Exposure[];
  /** Rescued text still waiting in `.mindlines/rescued/` (debris of killed writes is moved there by the listing). */
  rescued: number;
}

/**
 * `mindlines doctor`: repairs what can be repaired without asking. The journal's records are made private to their
 * owner (what `check` reports as readable by others), and the listing that every command runs clears debris of
 * killed writes into `.mindlines/rescued/`; rescued text itself is only counted, since putting it back is the
 * person's choice (`recover`).
 */
export async function repairJournal(ctx: Pick<JournalPorts, 'modes' | 'journal' | 'rescued'>): Promise<DoctorReport> {
  await ctx.journal.query();
  const tightened = await ctx.modes.tighten();
  return { tightened, rescued: (await ctx.rescued.list()).length };
}
