import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parseProfile, type Profile } from '../codecs/profile.js';
import { UsageError } from '../errors.js';
import { messages } from '../ui/messages.js';
import { PACKAGE_TEMPLATES, yamlFiles } from './fs-template-source.js';

/** The package's own regulator profiles. */
export const PACKAGE_PROFILES = path.join(PACKAGE_TEMPLATES, 'profiles');

/**
 * Regulator profiles: the package's `templates/profiles/`, then the journal's own `templates/profiles/`, whose files
 * add profiles or replace a built-in one with the same id. A journal profile that does not parse is an error naming
 * its file, line and field.
 */
export class FsProfileSource {
  constructor(
    private readonly journalRoot: string | undefined,
    private readonly builtInDir = PACKAGE_PROFILES,
  ) {}

  async all(): Promise<Map<string, Profile>> {
    const profiles = new Map<string, Profile>();
    const dirs = [this.builtInDir];
    if (this.journalRoot) dirs.push(path.join(this.journalRoot, 'templates', 'profiles'));
    for (const dir of dirs) {
      for (const file of await yamlFiles(dir)) {
        const shown = this.journalRoot && file.startsWith(this.journalRoot) ? path.relative(this.journalRoot, file) : file;
        const profile = parseProfile(await fs.readFile(file, 'utf8'), shown);
        profiles.set(profile.id, profile);
      }
    }
    return profiles;
  }

  async get(id: string): Promise<Profile> {
    const profiles = await this.all();
    const profile = profiles.get(id);
    if (!profile) throw new UsageError(messages.profileNotFound(id, [...profiles.keys()]));
    return profile;
  }
}
