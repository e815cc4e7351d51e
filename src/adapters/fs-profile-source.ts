import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parseProfile, type ActivityType, type Profile } from '../codecs/profile.js';
import { FileFormatError, UsageError } from '../errors.js';
import { messages } from '../ui/messages.js';
import { PACKAGE_TEMPLATES, yamlFiles } from './fs-template-source.js';

/** The package's own regulator profiles. */
export const PACKAGE_PROFILES = path.join(PACKAGE_TEMPLATES, 'profiles');

const PROFILE_ID = /^[a-z0-9][a-z0-9-]*$/;

/**
 * Regulator profiles: the package's `templates/profiles/`, then the journal's own `templates/profiles/`, whose files
 * add profiles or replace a built-in one with the same id. A journal profile that does not parse is an error naming
 * its file, line and field. The one reader of profile files: the CPD export, `stats` and the interview's activity
 * list all go through it, and through the one parse (`parseProfile`).
 */
export class FsProfileSource {
  constructor(
    private readonly journalRoot: string | undefined,
    private readonly builtInDir = PACKAGE_PROFILES,
  ) {}

  async all(): Promise<Map<string, Profile>> {
    const profiles = new Map<string, Profile>();
    const dirs = [this.builtInDir];
    if (this.journalRoot) dirs.push(this.journalDir(this.journalRoot));
    for (const dir of dirs) {
      for (const file of await yamlFiles(dir, dir === this.builtInDir ? undefined : this.journalRoot)) {
        const profile = parseProfile(await fs.readFile(file, 'utf8'), this.shown(file));
        profiles.set(profile.id, profile);
      }
    }
    return profiles;
  }

  async get(id: string): Promise<Profile> {
    const found = await this.find(id, 'throw');
    if (found) return found;
    const profiles = await this.all();
    const profile = profiles.get(id);
    if (!profile) throw new UsageError(messages.profileNotFound(id, [...profiles.keys()]));
    return profile;
  }

  /**
   * The activity types the interview offers for a profile; undefined (the interview then asks in free text) when
   * there is no such profile. A journal profile file that does not parse is passed over here, as it always was:
   * writing a reflection must not fail over a CPD setting, and `export cpd` names the broken file.
   */
  async activityTypes(id: string): Promise<ActivityType[] | undefined> {
    return (await this.find(id, 'skip'))?.activityTypes;
  }

  /**
   * One profile without parsing every built-in (a cold YAML parser takes about 50 ms a profile, and the interview
   * starts here): the journal's own profiles, then the built-in file named after the id.
   */
  private async find(id: string, broken: 'throw' | 'skip'): Promise<Profile | undefined> {
    if (!PROFILE_ID.test(id)) return undefined;
    let found: Profile | undefined;
    if (this.journalRoot) {
      for (const file of await yamlFiles(this.journalDir(this.journalRoot), this.journalRoot)) {
        let profile: Profile;
        try {
          profile = parseProfile(await fs.readFile(file, 'utf8'), this.shown(file));
        } catch (error) {
          if (broken === 'skip' && error instanceof FileFormatError) continue;
          throw error;
        }
        if (profile.id === id) found = profile;
      }
    }
    if (found) return found;
    const builtIn = path.join(this.builtInDir, `${id}.yaml`);
    const text = await fs.readFile(builtIn, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined;
      throw error;
    });
    if (text === undefined) return undefined;
    const profile = parseProfile(text, builtIn);
    return profile.id === id ? profile : undefined;
  }

  private journalDir(root: string): string {
    return path.join(root, 'templates', 'profiles');
  }

  /** A journal file by its path in the journal (what the person sees), a built-in one in full. */
  private shown(file: string): string {
    return this.journalRoot && file.startsWith(this.journalRoot) ? path.relative(this.journalRoot, file) : file;
  }
}

/** The activity types of a journal's profile, or undefined for free text (see FsProfileSource.activityTypes). */
export function loadActivityTypes(root: string, profile: string): Promise<ActivityType[] | undefined> {
  return new FsProfileSource(root).activityTypes(profile);
}
