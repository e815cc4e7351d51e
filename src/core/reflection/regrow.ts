import type { Template } from '../../codecs/template.js';
import { sectionsOf, type Entry } from '../entries/entry.js';
import type { Answers, BuiltEntry } from './reflection.js';

/**
 * The answers a reflection grown from an existing entry (usually a quick note) starts with: its front matter for
 * the questions the new template asks, and its body sections by heading. Text under a heading the new template
 * does not have goes to the template's first text section, so nothing captured is dropped.
 */
export function prefillFromEntry(entry: Entry, template: Template): Answers {
  const answers: Answers = {};
  for (const field of template.fields) {
    const value = entry.frontMatter[field.key];
    if (value === undefined || value === null || value === '') continue;
    if (field.kind === 'action' && Array.isArray(value)) {
      // Open actions carry over as questions; their `done` state stays in the entry's own front matter.
      answers[field.key] = value
        .filter((a) => a && typeof a === 'object' && !(a as Record<string, unknown>).done)
        .map((a) => {
          const { text, due } = a as Record<string, unknown>;
          return due ? { text, due } : { text };
        });
      continue;
    }
    answers[field.key] = value;
  }
  const byHeading = new Map(template.sections.map((s) => [s.heading.toLowerCase(), s]));
  const leftover: string[] = [];
  const preamble = entry.body.split(/^##\s/m)[0]?.trim();
  if (preamble) leftover.push(preamble);
  for (const { heading, text } of sectionsOf(entry.body)) {
    if (!text) continue;
    const section = byHeading.get(heading.toLowerCase());
    if (section && (section.kind === 'text' || section.kind === 'editor' || section.kind === 'list')) answers[section.key] = text;
    else leftover.push(text);
  }
  const first = template.sections.find((s) => s.kind === 'text' || s.kind === 'editor');
  if (first && leftover.length > 0) {
    const existing = typeof answers[first.key] === 'string' ? [answers[first.key] as string] : [];
    answers[first.key] = [...leftover, ...existing].join('\n\n');
  }
  return answers;
}

/**
 * The front matter of a grown reflection: what the interview built, plus every key of the old entry that the new
 * template does not ask about (links, review schedules, a user's own keys), and the entry's own id, created and
 * author. Keys the new template asks about take the new answer, even when it is now empty.
 */
export function mergeRegrown(old: Entry, built: BuiltEntry, template: Template, updated: string): BuiltEntry {
  const asked = new Set([...template.fields.map((f) => f.key), 'status', 'template', 'visibility']);
  const frontMatter: Record<string, unknown> = { ...built.frontMatter };
  for (const [key, value] of Object.entries(old.frontMatter)) {
    if (!(key in frontMatter) && !asked.has(key)) frontMatter[key] = value;
  }
  for (const key of ['id', 'created', 'author'] as const) {
    if (old.frontMatter[key] !== undefined) frontMatter[key] = old.frontMatter[key];
  }
  // Done actions are kept: the interview only re-asks the open ones.
  const doneActions = Array.isArray(old.frontMatter.actions)
    ? old.frontMatter.actions.filter((a) => a && typeof a === 'object' && (a as Record<string, unknown>).done)
    : [];
  if (doneActions.length > 0) frontMatter.actions = [...doneActions, ...((frontMatter.actions as unknown[] | undefined) ?? [])];
  frontMatter.updated = updated;
  return { frontMatter, body: built.body };
}
