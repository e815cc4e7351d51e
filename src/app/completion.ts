import { SETTINGS } from '../config/settings.js';
import type { ProfileSource } from '../core/cpd/ports.js';
import type { Journal } from '../core/entries/journal.js';
import { shortId } from '../core/entries/short-id.js';
import type { TemplateSource } from '../core/reflection/ports.js';

/** The journal data shell completion offers (issue 17): templates, profiles, tags, short ids, settings. */

export interface CompletionPorts {
  templates: TemplateSource;
  profiles: ProfileSource;
  /** Undefined when there is no journal (completion never creates one). */
  journal: Journal | undefined;
}

export interface CompletionValue {
  value: string;
  description?: string | undefined;
}

export type CompletionData = 'templates' | 'profiles' | 'tags' | 'ids' | 'settings';

/** The values of one kind, each with a few words saying what it is; none when they cannot be read. */
export async function completionValues(ports: CompletionPorts, kind: CompletionData): Promise<CompletionValue[]> {
  switch (kind) {
    case 'templates':
      return [...(await ports.templates.all()).values()].filter((t) => !t.internal).map((t) => ({ value: t.id, description: t.purpose }));
    case 'profiles':
      return [...(await ports.profiles.all()).values()].map((p) => ({ value: p.id, description: p.name }));
    case 'settings':
      return SETTINGS.map((s) => ({ value: s.key }));
    case 'tags': {
      if (!ports.journal) return [];
      const counts = new Map<string, number>();
      for (const entry of (await ports.journal.query()).entries) for (const tag of entry.meta.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
      return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([tag, count]) => ({ value: tag, description: `${count} ${count === 1 ? 'entry' : 'entries'}` }));
    }
    case 'ids': {
      if (!ports.journal) return [];
      const { entries } = await ports.journal.query({ archived: true, limit: 200 });
      return entries.map((e) => ({ value: shortId(e.meta.id), description: `${e.meta.date} ${e.meta.title}` }));
    }
  }
}
