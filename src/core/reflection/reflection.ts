import { formatLocalDate, formatTimestamp } from '../../codecs/dates.js';
import { MAX_HOURS, parseHours, parseParticipatory } from '../../codecs/hours.js';
import type { DateParser } from '../../codecs/natural-date.js';
import type { Template, TemplateField, TemplateSection } from '../../codecs/template.js';
import { UsageError } from '../../errors.js';
import type { Action, Belief } from '../entries/entry.js';
import {
  BELIEF_OUTCOMES,
  FIRMNESS,
  LEARNED_WITH,
  LEVELS,
  LOOPS,
  STATUSES,
  VISIBILITIES,
  matchTerm,
  type Term,
} from '../entries/vocabulary.js';

/** The answers to a template's questions, keyed by field and section key (as in an `--answers` file). */
export type Answers = Record<string, unknown>;

export interface BuildContext {
  now: Date;
  id: string;
  author?: string | undefined;
  /** The visibility an entry gets when none is given. */
  visibility: 'private' | 'team' | 'public';
  status?: 'draft' | 'complete';
  /** Activity types of the journal's profile; when given, `activity` must be one of them. */
  activityTypes?: readonly string[] | undefined;
  parseDate: DateParser;
  /** Names the answers in messages: a file name, `stdin`, or `the interview`. */
  source: string;
}

export interface BuiltEntry {
  frontMatter: Record<string, unknown>;
  body: string;
}

/** The vocabulary a known front-matter key draws its choices from. */
export const KEY_VOCABULARIES: Record<string, readonly Term[]> = {
  learned_with: LEARNED_WITH,
  loop: LOOPS,
  level: LEVELS,
  visibility: VISIBILITIES,
  status: STATUSES,
};

function problem(ctx: BuildContext, key: string, message: string): never {
  throw new UsageError(`${ctx.source}: \`${key}\` ${message}`);
}

function asText(ctx: BuildContext, key: string, value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return problem(ctx, key, 'should be text');
}

function asList(ctx: BuildContext, key: string, value: unknown): string[] {
  if (typeof value === 'string') {
    return value
      .split(/[,\n]/)
      .map((s) => s.trim())
      .filter(Boolean);
  }
  if (Array.isArray(value)) return value.map((item) => asText(ctx, key, item).trim()).filter(Boolean);
  return problem(ctx, key, 'should be a list, or text separated by commas');
}

function asChoice(ctx: BuildContext, key: string, value: unknown, terms: readonly Term[] | undefined, choices?: readonly string[]): string {
  const text = asText(ctx, key, value).trim();
  if (terms) {
    const match = matchTerm(terms, text);
    if (!match) return problem(ctx, key, `should be one of ${terms.map((t) => t.value).join(', ')} (got "${text}")`);
    return match;
  }
  if (choices && choices.length > 0) {
    const match = choices.find((c) => c.toLowerCase() === text.toLowerCase());
    if (!match) return problem(ctx, key, `should be one of ${choices.join(', ')} (got "${text}")`);
    return match;
  }
  return text;
}

function asDate(ctx: BuildContext, key: string, value: unknown): string {
  const text = asText(ctx, key, value);
  const date = ctx.parseDate(text, ctx.now);
  if (!date) return problem(ctx, key, `should be a real date such as ${formatLocalDate(ctx.now)} or "yesterday" (got "${text}")`);
  return date;
}

const HOURS_EXPECTED = `a number of hours between 0 and ${MAX_HOURS}, such as 1.5, 1,5, 1h30 or 90 min`;

function asHours(ctx: BuildContext, key: string, value: unknown): number {
  const parsed = parseHours(value);
  if (!parsed.ok) return problem(ctx, key, `should be ${HOURS_EXPECTED} (got "${String(value)}")`);
  return parsed.hours;
}

/**
 * Participatory hours: `true` is all the hours, a number never more than them. Without `hours` there is nothing to
 * be participatory, so any amount above 0 is refused rather than counted (issue 12: `participatory: 3` with no hours
 * inflated the NMC figure).
 */
function asParticipatory(ctx: BuildContext, value: unknown, hours: number | undefined): number {
  const parsed = parseParticipatory(value, hours ?? 0);
  if (!parsed.ok) return problem(ctx, 'participatory', `should be true (all the hours) or ${HOURS_EXPECTED} (got "${String(value)}")`);
  if (parsed.hours > (hours ?? 0)) {
    throw new UsageError(
      hours === undefined
        ? `${ctx.source}: \`participatory\` (${parsed.hours} h) needs \`hours\`: give the hours in all, then how many of them were participatory`
        : `${ctx.source}: \`participatory\` (${parsed.hours} h) cannot be more than \`hours\` (${hours} h)`,
    );
  }
  return parsed.hours;
}

function asRecords(ctx: BuildContext, key: string, value: unknown): Record<string, unknown>[] {
  const list = Array.isArray(value) ? value : [value];
  return list.map((item) => {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) return problem(ctx, key, 'should be a list of maps');
    return item as Record<string, unknown>;
  });
}

function asBeliefs(ctx: BuildContext, key: string, value: unknown): Belief[] {
  return asRecords(ctx, key, value).map((item) => {
    for (const k of Object.keys(item)) {
      if (!['belief', 'before', 'outcome', 'after'].includes(k)) problem(ctx, key, `has an unknown key "${k}"; a belief has belief, before, outcome, after`);
    }
    if (item.belief === undefined || !asText(ctx, key, item.belief).trim()) problem(ctx, key, 'needs a `belief:` for every belief');
    const belief: Belief = { belief: asText(ctx, key, item.belief).trim() };
    if (item.before !== undefined) belief.before = asChoice(ctx, `${key}.before`, item.before, FIRMNESS) as Belief['before'];
    if (item.outcome !== undefined) belief.outcome = asChoice(ctx, `${key}.outcome`, item.outcome, BELIEF_OUTCOMES) as Belief['outcome'];
    if (item.after !== undefined && asText(ctx, key, item.after).trim()) belief.after = asText(ctx, key, item.after).trim();
    return belief;
  });
}

function asActions(ctx: BuildContext, key: string, value: unknown): Action[] {
  const items = typeof value === 'string' ? [{ text: value }] : asRecords(ctx, key, value);
  return items.map((item) => {
    for (const k of Object.keys(item)) {
      if (!['text', 'due'].includes(k)) problem(ctx, key, `has an unknown key "${k}"; an action has text and due`);
    }
    if (item.text === undefined || !asText(ctx, key, item.text).trim()) problem(ctx, key, 'needs a `text:` for every action');
    const action: Action = { text: asText(ctx, key, item.text).trim() };
    if (item.due !== undefined && item.due !== null && item.due !== '') action.due = asDate(ctx, `${key}.due`, item.due);
    action.done = false;
    return action;
  });
}

function fieldValue(ctx: BuildContext, field: TemplateField, value: unknown): unknown {
  const terms = KEY_VOCABULARIES[field.key];
  switch (field.kind) {
    case 'text':
      return asText(ctx, field.key, value).trim();
    case 'date':
      return asDate(ctx, field.key, value);
    case 'number':
      return asHours(ctx, field.key, value);
    case 'list':
      return asList(ctx, field.key, value);
    case 'choice':
      if (field.key === 'activity') return asChoice(ctx, field.key, value, undefined, field.choices ?? ctx.activityTypes);
      return asChoice(ctx, field.key, value, terms, field.choices);
    case 'multi':
      return asList(ctx, field.key, value).map((item) => asChoice(ctx, field.key, item, terms, field.choices));
    case 'confirm':
      if (typeof value !== 'boolean') return problem(ctx, field.key, 'should be true or false');
      return value;
    case 'belief':
      return asBeliefs(ctx, field.key, value);
    case 'action':
      return asActions(ctx, field.key, value);
  }
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

function renderBeliefs(beliefs: Belief[]): string {
  return beliefs
    .map((b) => {
      const parts = [`- ${b.belief}`];
      if (b.before) parts.push(` (held like ${b.before})`);
      if (b.outcome) parts.push(`: ${b.outcome.replace('-', ' ')}`);
      if (b.after) parts.push(`. Now: ${b.after}`);
      return parts.join('');
    })
    .join('\n');
}

function renderActions(actions: Action[]): string {
  return actions.map((a) => `- [ ] ${a.text}${a.due ? ` (by ${a.due})` : ''}`).join('\n');
}

/** The Markdown of one answered section, without its heading. */
function sectionText(ctx: BuildContext, section: TemplateSection, value: unknown, frontMatter: Record<string, unknown>): string {
  switch (section.kind) {
    case 'text':
    case 'editor':
      return asText(ctx, section.key, value).replace(/\s+$/, '').replace(/^\s*\n/, '');
    case 'list':
      return asList(ctx, section.key, value)
        .map((item) => `- ${item}`)
        .join('\n');
    case 'choice':
      return asChoice(ctx, section.key, value, undefined, section.choices);
    case 'belief': {
      const beliefs = asBeliefs(ctx, section.key, value);
      frontMatter.beliefs = [...((frontMatter.beliefs as Belief[] | undefined) ?? []), ...beliefs];
      return renderBeliefs(beliefs);
    }
    case 'action': {
      const actions = asActions(ctx, section.key, value);
      frontMatter.actions = [...((frontMatter.actions as Action[] | undefined) ?? []), ...actions];
      return renderActions(actions);
    }
  }
}

/** Every key an answers map may hold for this template. */
export function answerKeys(template: Template): string[] {
  return [...template.fields.map((f) => f.key), ...template.sections.map((s) => s.key)];
}

/**
 * The answer every template takes besides its own questions: the ids of the earlier entries this one builds on
 * (issue 8: the `builds_on` picker of `new` and `reflect`, and `builds_on:` in an answers file).
 */
export const LINKS_KEY = 'builds_on';

const ULID_ID = /^[0-9A-HJKMNP-TV-Z]{26}$/i;

function asIds(ctx: BuildContext, value: unknown): string[] {
  const ids = asList(ctx, LINKS_KEY, value);
  for (const id of ids) {
    if (!ULID_ID.test(id)) problem(ctx, LINKS_KEY, `should list entry ids (26-character ULIDs); "${id}" is not one`);
  }
  return [...new Set(ids.map((id) => id.toUpperCase()))];
}

/**
 * Turns a template and its answers into a new entry: front matter (checked and normalised) and a body with one
 * `## heading` section per answered question. An unknown key or a missing required answer is a UsageError naming
 * it, so a typo can never silently drop text.
 */
export function buildEntry(template: Template, answers: Answers, ctx: BuildContext): BuiltEntry {
  const allowed = new Set([...answerKeys(template), LINKS_KEY]);
  for (const key of Object.keys(answers)) {
    if (!allowed.has(key)) {
      throw new UsageError(`${ctx.source}: unknown answer \`${key}\`; the ${template.id} template takes ${[...allowed].join(', ')}`);
    }
  }
  for (const question of [...template.fields, ...template.sections]) {
    const value = answers[question.key];
    if (question.required && (isEmpty(value) || (typeof value === 'string' && !value.trim()))) {
      throw new UsageError(`${ctx.source}: \`${question.key}\` is required (${question.prompt})`);
    }
  }
  const frontMatter: Record<string, unknown> = {
    id: ctx.id,
    date: formatLocalDate(ctx.now),
    created: formatTimestamp(ctx.now),
    author: ctx.author,
    template: template.id,
    ...template.presets,
  };
  for (const field of template.fields) {
    const value = answers[field.key] ?? field.default;
    if (isEmpty(value) || field.key === 'participatory') continue;
    const converted = fieldValue(ctx, field, value);
    if (!isEmpty(converted)) frontMatter[field.key] = converted;
  }
  const participatoryField = template.fields.find((field) => field.key === 'participatory');
  const participatory = participatoryField ? (answers.participatory ?? participatoryField.default) : undefined;
  if (!isEmpty(participatory) && participatory !== false) {
    frontMatter.participatory = asParticipatory(ctx, participatory, typeof frontMatter.hours === 'number' ? frontMatter.hours : undefined);
  }
  const links = answers[LINKS_KEY];
  if (!isEmpty(links)) frontMatter[LINKS_KEY] = asIds(ctx, links);
  let body = '';
  for (const section of template.sections) {
    const value = answers[section.key];
    if (isEmpty(value)) continue;
    const text = sectionText(ctx, section, value, frontMatter);
    if (text.trim()) body += `\n## ${section.heading}\n\n${text}\n`;
  }
  frontMatter.visibility ??= ctx.visibility;
  frontMatter.status ??= ctx.status ?? 'complete';
  if (frontMatter.author === undefined) delete frontMatter.author;
  return { frontMatter, body };
}
