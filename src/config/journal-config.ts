import { isIsoDate, MONTH_DAY } from '../codecs/dates.js';
import { ConfigError } from '../errors.js';
import { parseSafeYaml, lineOfKey, SAFE_YAML_OPTIONS } from '../codecs/safe-yaml.js';
import { yamlModule } from '../codecs/yaml-module.js';

export const CONFIG_FILE = 'mindlines.yaml';
/**
 * The journal's format: how its folders, entry files and mindlines.yaml are laid out, written by `init` as
 * `version:` in mindlines.yaml. A journal without it is format 1. A later format comes with migration steps that
 * `mindlines migrate` runs (app/migrate.ts); a journal of a newer format than this mindlines knows is refused.
 */
export const CONFIG_VERSION = 1;
/** The format of a journal whose mindlines.yaml has no `version:` (made before formats were recorded). */
export const UNVERSIONED_FORMAT = 1;

export type JournalMode = 'personal' | 'team';

/** A journal's settings, from `mindlines.yaml`. Unknown keys are kept so a newer version's settings survive. */
export interface JournalConfig {
  version: number;
  name: string;
  mode: JournalMode;
  profile: string;
  /** MM-DD: the day the CPD year starts (appraisal year), e.g. 04-01. */
  yearStart: string;
  /** YYYY-MM-DD a revalidation or CPD cycle began, so multi-year cycles are counted from it (`cycle_start`). */
  cycleStart?: string;
  author?: string;
  /** YYYY-MM-DD of the next revalidation (`revalidation_date`): a GMC appraisal counts its five-year cycle back from it. */
  revalidationDate?: string;
  /** Hours of practice in the revalidation period (`practice_hours`), for the NMC confirmation form's line. */
  practiceHours?: number;
  defaults: {
    template: string;
    visibility?: 'private' | 'team' | 'public';
    activity?: string;
  };
  privacy: {
    names: string[];
    allow: string[];
  };
  /**
   * Whose evidence this is (issues 16 and 17): `registrant: { name, registration_number }`, printed in the running
   * header of every page of the HTML, PDF and DOCX summaries; the number is the regulator's (NMC PIN, GMC number, …).
   * Asked on the first run; `init --registrant` and `mindlines config set` change it.
   */
  registrant: {
    name?: string;
    registrationNumber?: string;
  };
  /** `editor:` the command that opens long answers and `edit` (over $VISUAL and $EDITOR, as git's core.editor). */
  editor?: string;
  /**
   * `auto_commit:` whether each change mindlines makes to a personal journal is committed to git with a message, so
   * `history` and `undo` can use it (default true; team journals commit with `sync` instead).
   */
  autoCommit: boolean;
  /** CPD exports (`cpd:`): `exclude_private: true` leaves private entries out of every export by default. */
  cpd: {
    excludePrivate: boolean;
  };
  /** Everything read from the file, including keys this version does not know. */
  raw: Record<string, unknown>;
}

export const DEFAULT_PROFILE = 'generic';
export const DEFAULT_TEMPLATE = 'constructivist';

/** The visibility a new entry gets when none is given: the journal's default, else team in a team journal. */
export function defaultVisibility(config: JournalConfig): 'private' | 'team' | 'public' {
  return config.defaults.visibility ?? (config.mode === 'team' ? 'team' : 'private');
}

export interface ConfigOverrides {
  name?: string | undefined;
  mode?: JournalMode | undefined;
  profile?: string | undefined;
  /** MM-DD (the first run asks; default 01-01). */
  yearStart?: string | undefined;
  registrant?: { name?: string | undefined; registrationNumber?: string | undefined } | undefined;
}

export function defaultConfig(overrides: ConfigOverrides = {}): JournalConfig {
  const registrant: JournalConfig['registrant'] = {};
  if (overrides.registrant?.name) registrant.name = overrides.registrant.name;
  if (overrides.registrant?.registrationNumber) registrant.registrationNumber = overrides.registrant.registrationNumber;
  return {
    version: CONFIG_VERSION,
    name: overrides.name ?? 'My reflective journal',
    mode: overrides.mode ?? 'personal',
    profile: overrides.profile ?? DEFAULT_PROFILE,
    yearStart: overrides.yearStart ?? '01-01',
    defaults: { template: DEFAULT_TEMPLATE },
    privacy: { names: [], allow: [] },
    registrant,
    autoCommit: true,
    cpd: { excludePrivate: false },
    raw: {},
  };
}


/** Reads `mindlines.yaml`. `file` is the name used in error messages. */
export function parseConfig(text: string, file: string): JournalConfig {
  const parsed = parseSafeYaml(text);
  if (!parsed.ok) throw new ConfigError(file, parsed.problem.line, parsed.problem.message);
  const value = parsed.value ?? {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new ConfigError(file, 1, 'the configuration is not a map of `key: value` lines');
  }
  const raw = value as Record<string, unknown>;
  const line = (key: string) => lineOfKey(parsed.doc, parsed.lineCounter, key);
  const fail = (key: string, problem: string): never => {
    throw new ConfigError(file, line(key), problem);
  };
  const text_ = (key: string, fallback: string): string => {
    const v = raw[key];
    if (v === undefined || v === null) return fallback;
    if (typeof v !== 'string' || !v.trim()) return fail(key, `\`${key}\` should be text`);
    return v;
  };
  const config = defaultConfig();
  config.raw = raw;
  config.version = typeof raw.version === 'number' ? raw.version : UNVERSIONED_FORMAT;
  if (config.version > CONFIG_VERSION) {
    fail('version', `this journal is format ${config.version}, made by a newer mindlines (this one knows format ${CONFIG_VERSION}); update mindlines`);
  }
  config.name = text_('name', config.name);
  const mode = text_('mode', config.mode);
  if (mode !== 'personal' && mode !== 'team') fail('mode', '`mode` should be personal or team');
  config.mode = mode as JournalMode;
  config.profile = text_('profile', config.profile);
  if (!/^[a-z0-9][a-z0-9-]*$/.test(config.profile)) fail('profile', '`profile` should be a profile id such as nmc or gmc');
  const yearStart = raw.year_start === undefined ? config.yearStart : String(raw.year_start);
  if (!MONTH_DAY.test(yearStart)) fail('year_start', '`year_start` should be a month and day written MM-DD, e.g. 04-01');
  config.yearStart = yearStart;
  if (raw.cycle_start !== undefined && raw.cycle_start !== null) {
    if (!isIsoDate(raw.cycle_start)) fail('cycle_start', '`cycle_start` should be the date a cycle began, written YYYY-MM-DD');
    config.cycleStart = raw.cycle_start as string;
  }
  if (raw.author !== undefined && raw.author !== null) config.author = text_('author', '');
  // The documents an appraiser accepts (issue 16): the cycle a GMC appraisal reviews, the NMC practice hours.
  if (raw.revalidation_date !== undefined && raw.revalidation_date !== null) {
    if (!isIsoDate(raw.revalidation_date)) fail('revalidation_date', '`revalidation_date` should be the date of your next revalidation, written YYYY-MM-DD');
    config.revalidationDate = raw.revalidation_date as string;
  }
  if (raw.practice_hours !== undefined && raw.practice_hours !== null) {
    const hours = raw.practice_hours;
    if (typeof hours !== 'number' || !Number.isFinite(hours) || hours < 0) fail('practice_hours', '`practice_hours` should be a number of hours, e.g. 1200');
    config.practiceHours = hours as number;
  }
  const defaults = raw.defaults;
  if (defaults !== undefined && defaults !== null) {
    if (typeof defaults !== 'object' || Array.isArray(defaults)) fail('defaults', '`defaults` should be a map');
    const d = defaults as Record<string, unknown>;
    if (typeof d.template === 'string') config.defaults.template = d.template;
    if (d.visibility !== undefined) {
      if (d.visibility !== 'private' && d.visibility !== 'team' && d.visibility !== 'public') {
        fail('defaults', '`defaults.visibility` should be private, team or public');
      }
      config.defaults.visibility = d.visibility as 'private' | 'team' | 'public';
    }
    if (typeof d.activity === 'string') config.defaults.activity = d.activity;
  }
  const privacy = raw.privacy;
  if (privacy !== undefined && privacy !== null) {
    if (typeof privacy !== 'object' || Array.isArray(privacy)) fail('privacy', '`privacy` should be a map');
    const p = privacy as Record<string, unknown>;
    for (const key of ['names', 'allow'] as const) {
      const list = p[key];
      if (list === undefined || list === null) continue;
      if (!Array.isArray(list) || list.some((item) => typeof item !== 'string')) {
        fail('privacy', `\`privacy.${key}\` should be a list of text`);
      }
      config.privacy[key] = list as string[];
    }
  }
  parseHousekeeping(raw, config, fail);
  const cpd = raw.cpd;
  if (cpd !== undefined && cpd !== null) {
    if (typeof cpd !== 'object' || Array.isArray(cpd)) fail('cpd', '`cpd` should be a map');
    const excludePrivate = (cpd as Record<string, unknown>).exclude_private;
    if (excludePrivate !== undefined && typeof excludePrivate !== 'boolean') fail('cpd', '`cpd.exclude_private` should be true or false');
    config.cpd.excludePrivate = excludePrivate === true;
  }
  return config;
}

/** The settings of issue 17: registrant, editor, auto_commit. */
function parseHousekeeping(raw: Record<string, unknown>, config: JournalConfig, fail: (key: string, problem: string) => never): void {
  const registrant = raw.registrant;
  if (registrant !== undefined && registrant !== null) {
    if (typeof registrant !== 'object' || Array.isArray(registrant)) fail('registrant', '`registrant` should be a map with name and registration_number');
    const r = registrant as Record<string, unknown>;
    for (const [key, field] of [['name', 'name'], ['registration_number', 'registrationNumber']] as const) {
      const value = r[key];
      if (value === undefined || value === null) continue;
      if (typeof value !== 'string' && typeof value !== 'number') fail('registrant', `\`registrant.${key}\` should be text`);
      if (String(value).trim()) config.registrant[field] = String(value).trim();
    }
  }
  if (raw.editor !== undefined && raw.editor !== null) {
    if (typeof raw.editor !== 'string' || !raw.editor.trim()) fail('editor', '`editor` should be the command that opens your editor, e.g. nano');
    config.editor = raw.editor.trim();
  }
  if (raw.auto_commit !== undefined && raw.auto_commit !== null) {
    if (typeof raw.auto_commit !== 'boolean') fail('auto_commit', '`auto_commit` should be true or false');
    config.autoCommit = raw.auto_commit;
  }
}

/** The text of a new `mindlines.yaml`, written by the `yaml` package with a comment header. */
export function serializeConfig(config: JournalConfig): string {
  const doc = new (yamlModule().Document)(
    {
      version: config.version,
      name: config.name,
      mode: config.mode,
      profile: config.profile,
      year_start: config.yearStart,
      ...(config.registrant && (config.registrant.name || config.registrant.registrationNumber)
        ? { registrant: { ...(config.registrant.name ? { name: config.registrant.name } : {}), ...(config.registrant.registrationNumber ? { registration_number: config.registrant.registrationNumber } : {}) } }
        : {}),
      defaults: { template: config.defaults.template },
      privacy: { names: config.privacy.names, allow: config.privacy.allow },
    },
    SAFE_YAML_OPTIONS,
  );
  doc.commentBefore =
    ' mindlines journal settings. Committed with the journal; see `mindlines --help`.\n' +
    ' profile: the regulator profile for CPD totals (generic, gmc, nmc, gphc, hcpc, ahpra-medical, rcpsc-moc, ama).\n' +
    ' year_start: the first day (MM-DD) of your CPD or appraisal year.\n' +
    ' registrant: your name and registration number (NMC PIN, GMC number …), printed on every page of a CPD summary.\n' +
    ' version: the format of this journal; `mindlines migrate` brings an older one up to date.\n' +
    ' See and change every setting with `mindlines config list` and `mindlines config set KEY VALUE`.';
  return doc.toString({ lineWidth: 0 });
}
