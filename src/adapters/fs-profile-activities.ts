import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parseActivityTypes } from '../codecs/profile-activities.js';
import type { ActivityType } from '../core/reflection/interview.js';
import { PACKAGE_TEMPLATES } from './fs-template-source.js';

/**
 * The activity types of a journal's profile: the journal's own `templates/profiles/<profile>.yaml` if it has one,
 * else the built-in profile. `undefined` when neither exists or lists `activity_types`.
 */
export async function loadActivityTypes(root: string, profile: string): Promise<ActivityType[] | undefined> {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(profile)) return undefined;
  for (const dir of [path.join(root, 'templates', 'profiles'), path.join(PACKAGE_TEMPLATES, 'profiles')]) {
    for (const ext of ['.yaml', '.yml']) {
      let text: string;
      try {
        text = await fs.readFile(path.join(dir, `${profile}${ext}`), 'utf8');
      } catch {
        continue;
      }
      const types = parseActivityTypes(text);
      if (types) return types;
    }
  }
  return undefined;
}
