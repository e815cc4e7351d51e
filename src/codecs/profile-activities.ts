import type { ActivityType } from '../core/reflection/interview.js';
import { parseSafeYaml } from './safe-yaml.js';

/**
 * The `activity_types:` list of a regulator profile (`templates/profiles/<id>.yaml`), each `{id, name}`. Only
 * that key is read here (the rest of a profile belongs to the CPD export). Anything malformed gives `undefined`,
 * and the interview falls back to free text.
 */
export function parseActivityTypes(text: string): ActivityType[] | undefined {
  const parsed = parseSafeYaml(text);
  if (!parsed.ok) return undefined;
  const data = parsed.value as Record<string, unknown> | null;
  if (typeof data !== 'object' || data === null || !Array.isArray(data.activity_types)) return undefined;
  const types: ActivityType[] = [];
  for (const item of data.activity_types as unknown[]) {
    if (typeof item !== 'object' || item === null) return undefined;
    const { id, name } = item as Record<string, unknown>;
    if (typeof id !== 'string' || !id.trim()) return undefined;
    types.push({ id: id.trim(), name: typeof name === 'string' && name.trim() ? name.trim() : id.trim() });
  }
  return types.length > 0 ? types : undefined;
}
