import { IDENTIFIER_KINDS, type Finding, type IdentifierKind } from './kinds.js';

/** A reviewed false positive: text that is not an identifier, optionally only for one kind. */
export interface Allowance {
  kind?: IdentifierKind;
  text: string;
}

/** `<!-- mindlines:allow <kind> "<text>" -->` (the kind may be left out). */
export const ALLOW_COMMENT = /<!--\s*mindlines:allow\s+(?:([a-z-]+)\s+)?"([^"\n]*)"\s*-->/g;

const normalise = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
const isKind = (word: string): word is IdentifierKind => (IDENTIFIER_KINDS as readonly string[]).includes(word);

/** The allowances written in a text as HTML comments. */
export function inlineAllowances(text: string): Allowance[] {
  const out: Allowance[] = [];
  ALLOW_COMMENT.lastIndex = 0;
  for (let match = ALLOW_COMMENT.exec(text); match; match = ALLOW_COMMENT.exec(text)) {
    const kind = match[1];
    const value = match[2] as string;
    if (kind && isKind(kind)) out.push({ kind, text: value });
    else if (!kind) out.push({ text: value });
  }
  return out;
}

/**
 * Entries of `privacy.allow` in mindlines.yaml: `"Grace Ward"` (any kind), or `person-name "Grace Ward"` /
 * `person-name: Grace Ward` for one kind.
 */
export function parseAllowList(list: readonly string[]): Allowance[] {
  return list.flatMap((item) => {
    const match = /^\s*([a-z-]+)\s*(?::\s*|\s+)"?(.*?)"?\s*$/.exec(item);
    if (match && isKind(match[1] as string)) return [{ kind: match[1] as IdentifierKind, text: match[2] as string }];
    const text = item.trim().replace(/^"(.*)"$/, '$1');
    return text ? [{ text }] : [];
  });
}

/** Removes the findings an allowance covers (same text, ignoring case and spacing; same kind when one is named). */
export function applyAllowances(findings: Finding[], allowances: Allowance[]): Finding[] {
  if (allowances.length === 0) return findings;
  const rules = allowances.map((a) => ({ kind: a.kind, text: normalise(a.text) }));
  return findings.filter((finding) => {
    const text = normalise(finding.text);
    return !rules.some((rule) => rule.text === text && (!rule.kind || rule.kind === finding.kind));
  });
}
