import type { CpdReport } from './cpd-report.js';
import type { RequirementResult } from './cpd-totals.js';
import type { Period } from './cpd-period.js';

/** The version of the cohort summary (`cohort-summary.json`). Bump it when a field changes meaning or goes away. */
export const COHORT_SCHEMA = 'mindlines.cpd-cohort/1';

/** One requirement of a trainee's profile: where they stand, and how far they are behind when they are. */
export interface CohortStanding extends Pick<RequirementResult, 'id' | 'name' | 'measure' | 'per' | 'comparison' | 'required' | 'achieved' | 'met'> {
  /** How much is missing (at least: required − achieved) or over (at most: achieved − required); 0 when met. */
  behindBy: number;
}

export interface CohortTrainee {
  name: string;
  registrationNumber: string | null;
  /** The journal's folder, as given. */
  journal: string;
  /** The trainee's own report, a file name beside the summary. */
  report: string;
  profile: { id: string; name: string };
  period: Period;
  entries: number;
  requirements: CohortStanding[];
  /** How many requirements are not met. */
  behind: number;
  /** Entry files of this journal that could not be read, and so were not counted. */
  unreadableEntries: number;
}

/** A journal that gave no report, and why (it is not a journal, its settings are broken, it holds identifiers …). */
export interface CohortFailure {
  name: string;
  journal: string;
  problem: string;
}

export interface CohortSummary {
  schema: typeof COHORT_SCHEMA;
  generated: string;
  trainees: CohortTrainee[];
  unreadable: CohortFailure[];
}

/** One trainee's report, as the cohort summary needs it. */
export interface CohortReport {
  name: string;
  journal: string;
  report: string;
  cpd: CpdReport;
  unreadableEntries: number;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

export function standingOf(r: CpdReport['requirements'][number]): CohortStanding {
  const gap = r.comparison === 'at-most' ? r.achieved - r.required : r.required - r.achieved;
  return {
    id: r.id,
    name: r.name,
    measure: r.measure,
    per: r.per,
    comparison: r.comparison,
    required: r.required,
    achieved: r.achieved,
    met: r.met,
    behindBy: r.met ? 0 : round2(Math.max(0, gap)),
  };
}

/**
 * Each trainee against each requirement of their profile, most behind first (then by name), and the journals that
 * could not be read with the reason, for an educator holding many trainees' journals.
 */
export function buildCohortSummary(reports: readonly CohortReport[], failures: readonly CohortFailure[], generated: string): CohortSummary {
  const trainees = reports.map((r): CohortTrainee => {
    const requirements = r.cpd.requirements.map(standingOf);
    return {
      name: r.name,
      registrationNumber: r.cpd.registrant.registrationNumber,
      journal: r.journal,
      report: r.report,
      profile: { id: r.cpd.profile.id, name: r.cpd.profile.name },
      period: r.cpd.period,
      entries: r.cpd.totals.entries,
      requirements,
      behind: requirements.filter((s) => !s.met).length,
      unreadableEntries: r.unreadableEntries,
    };
  });
  trainees.sort((a, b) => b.behind - a.behind || a.name.localeCompare(b.name) || a.journal.localeCompare(b.journal));
  const unreadable = [...failures].sort((a, b) => a.journal.localeCompare(b.journal));
  return { schema: COHORT_SCHEMA, generated, trainees, unreadable };
}
