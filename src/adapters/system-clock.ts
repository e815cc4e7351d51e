import { monotonicFactory } from 'ulid';
import type { Clock, IdSource } from '../core/ports.js';

/**
 * The wall clock, or the instant in MINDLINES_NOW (an ISO date or timestamp) so that tests and demonstrations of
 * due dates are repeatable.
 */
export function systemClock(env: NodeJS.ProcessEnv): Clock {
  const fixed = env.MINDLINES_NOW;
  if (fixed) {
    const instant = new Date(/^\d{4}-\d{2}-\d{2}$/.test(fixed) ? `${fixed}T12:00:00` : fixed);
    if (!Number.isNaN(instant.getTime())) return { now: () => new Date(instant) };
  }
  return { now: () => new Date() };
}

/** ULIDs: sortable by creation time, random enough that two authors never collide. */
export function ulidSource(): IdSource {
  const next = monotonicFactory();
  return { next: (now) => next(now.getTime()) };
}
