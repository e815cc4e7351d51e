import { Document } from 'yaml';
import { parseSafeYaml, SAFE_YAML_OPTIONS } from './safe-yaml.js';

/**
 * An unfinished interview, saved after every answer so that Ctrl-C, a crash or a closed terminal loses at most the
 * answer being typed. Drafts are machine-local (`.mindlines/drafts/`, never committed). The type lives with its file
 * format because codecs import nothing from core; core/reflection/draft.ts re-exports it.
 */
export interface Draft {
  /** A ULID: sortable by when the interview started. */
  id: string;
  /** `new` writes a new entry; `reflect` grows an existing (quick) entry into a full reflection. */
  kind: 'new' | 'reflect';
  template: string;
  /** ISO timestamps. */
  created: string;
  updated: string;
  /** The answers so far, keyed as in an `--answers` file; dates already resolved to YYYY-MM-DD. */
  answers: Record<string, unknown>;
  /** Keys whose question is finished (answered or skipped), so a resumed interview starts at the next one. */
  asked: string[];
  /** For `reflect`: the entry being grown, and the SHA-256 of its text when the interview started. */
  entry?: { id: string; path: string; hash?: string | undefined } | undefined;
}

const ULID = /^[0-9A-HJKMNP-TV-Z]{26}$/;

/** A draft file's text: YAML written by `yaml`, with a comment saying how to resume it. */
export function serializeDraft(draft: Draft): string {
  const data: Record<string, unknown> = {
    id: draft.id,
    kind: draft.kind,
    template: draft.template,
    created: draft.created,
    updated: draft.updated,
    asked: draft.asked,
    answers: draft.answers,
  };
  if (draft.entry) data.entry = draft.entry;
  const doc = new Document(data, SAFE_YAML_OPTIONS);
  doc.commentBefore = ` mindlines draft (machine-local). Resume: mindlines new --resume ${draft.id}`;
  return doc.toString({ lineWidth: 0 });
}

/** Reads a draft file; returns a sentence saying what is wrong instead of throwing. */
export function parseDraft(text: string): { ok: true; draft: Draft } | { ok: false; line: number; message: string } {
  const parsed = parseSafeYaml(text);
  if (!parsed.ok) return { ok: false, line: parsed.problem.line, message: parsed.problem.message };
  const data = parsed.value as Record<string, unknown> | null;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: false, line: 1, message: 'a draft should be a map' };
  const text_ = (key: string) => (typeof data[key] === 'string' ? (data[key] as string) : undefined);
  const id = text_('id');
  const template = text_('template');
  if (!id || !ULID.test(id)) return { ok: false, line: 1, message: 'the draft has no valid `id`' };
  if (!template) return { ok: false, line: 1, message: 'the draft names no `template`' };
  const kind = data.kind === 'reflect' ? 'reflect' : 'new';
  const answers = data.answers ?? {};
  if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) return { ok: false, line: 1, message: '`answers` should be a map' };
  const asked = Array.isArray(data.asked) ? data.asked.filter((k): k is string => typeof k === 'string') : [];
  const draft: Draft = {
    id,
    kind,
    template,
    created: text_('created') ?? '',
    updated: text_('updated') ?? text_('created') ?? '',
    answers: answers as Record<string, unknown>,
    asked,
  };
  const entry = data.entry as Record<string, unknown> | undefined;
  if (kind === 'reflect') {
    if (!entry || typeof entry.id !== 'string' || typeof entry.path !== 'string') {
      return { ok: false, line: 1, message: 'a reflect draft needs `entry: {id, path}`' };
    }
    draft.entry = { id: entry.id, path: entry.path, ...(typeof entry.hash === 'string' ? { hash: entry.hash } : {}) };
  }
  return { ok: true, draft };
}
