import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FsProfileSource, loadActivityTypes, PACKAGE_PROFILES } from '../../../src/adapters/fs-profile-source.js';
import { parseProfile } from '../../../src/codecs/profile.js';
import { FileFormatError, UsageError } from '../../../src/errors.js';
import { tempDir } from '../../helpers/isolated-env.js';

function journalWith(files: Record<string, string>): string {
  const root = tempDir('mindlines-profiles-');
  mkdirSync(path.join(root, 'templates/profiles'), { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(root, 'templates/profiles', name), text);
  return root;
}

const generic = readFileSync(path.join(PACKAGE_PROFILES, 'generic.yaml'), 'utf8');

describe('profiles from the package and from the journal', () => {
  it('lists the built-in profiles', async () => {
    const ids = [...(await new FsProfileSource(undefined).all()).keys()].sort();
    expect(ids).toEqual(['ahpra-medical', 'ama', 'generic', 'gmc', 'gphc', 'hcpc', 'nmc', 'rcpsc-moc']);
  });

  it('lets a journal add a profile and override a built-in one by id', async () => {
    const root = journalWith({
      'my-trust.yaml': generic.replace('id: generic', 'id: my-trust').replace('min: 50', 'min: 30'),
      'generic.yaml': generic.replace('min: 50', 'min: 40'),
    });
    const source = new FsProfileSource(root);
    expect((await source.get('my-trust')).requirements[0]?.min).toBe(30);
    const overridden = await source.get('generic');
    expect(overridden.requirements[0]?.min).toBe(40);
    expect(overridden.source).toBe('templates/profiles/generic.yaml');
    expect((await source.get('nmc')).period.years).toBe(3);
  });

  it('names the journal file and line of a broken profile, and the known ids for an unknown one', async () => {
    const root = journalWith({ 'broken.yaml': generic.replace('id: generic', 'id: broken').replace('measure: hours', 'measure: minutes') });
    const error = await new FsProfileSource(root).all().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FileFormatError);
    expect((error as Error).message).toMatch(/^templates\/profiles\/broken\.yaml:\d+: requirements\[0\]\.measure: should be one of/);
    const unknown = await new FsProfileSource(undefined).get('gdc').catch((e: unknown) => e);
    expect(unknown).toBeInstanceOf(UsageError);
    expect((unknown as Error).message).toBe('no profile called "gdc"; the profiles are ahpra-medical, ama, generic, gmc, gphc, hcpc, nmc, rcpsc-moc');
  });

  it('stops at the first broken journal profile when one profile is asked for, too', async () => {
    const root = journalWith({ 'broken.yaml': generic.replace('id: generic', 'id: broken').replace('measure: hours', 'measure: minutes') });
    const error = await new FsProfileSource(root).get('nmc').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FileFormatError);
    expect((error as Error).message).toMatch(/^templates\/profiles\/broken\.yaml:\d+: requirements\[0\]\.measure: should be one of/);
  });
});

describe('activity types for the interview, from the same profiles', () => {
  it('offers the journal’s own profile’s activity types, read by the one profile parser', async () => {
    const ours = generic
      .replace('id: generic', 'id: our-trust')
      .replace(/activity_types:\n/, 'activity_types:\n  - { id: trust-huddle, name: Safety huddle, aliases: [huddle] }\n');
    const root = journalWith({ 'our-trust.yaml': ours });
    const types = await loadActivityTypes(root, 'our-trust');
    expect(types?.[0]).toEqual({ id: 'trust-huddle', name: 'Safety huddle', aliases: ['huddle'] });
    expect(types).toEqual(parseProfile(ours, 'our-trust.yaml').activityTypes);
  });

  it('offers a built-in profile’s types when the journal has none of its own', async () => {
    const types = await loadActivityTypes(tempDir(), 'nmc');
    expect(types).toEqual(parseProfile(readFileSync(path.join(PACKAGE_PROFILES, 'nmc.yaml'), 'utf8'), 'nmc.yaml').activityTypes);
    expect(types?.length).toBeGreaterThan(2);
  });

  it('gives nothing (so the interview asks in free text) when there is no such profile or only a malformed one', async () => {
    const root = journalWith({ 'partial.yaml': 'id: partial\nactivity_types:\n  - { id: course }\n', 'bad.yaml': 'activity_types: [\n' });
    expect(await loadActivityTypes(root, 'no-such-profile')).toBeUndefined();
    expect(await loadActivityTypes(root, '../escape')).toBeUndefined();
    expect(await loadActivityTypes(root, 'partial')).toBeUndefined();
  });

  it('falls back to the built-in profile when the journal’s copy of it is broken, as before', async () => {
    const root = journalWith({ 'generic.yaml': generic.replace('measure: hours', 'measure: minutes') });
    expect(await loadActivityTypes(root, 'generic')).toEqual(parseProfile(generic, 'generic.yaml').activityTypes);
    await expect(new FsProfileSource(root).get('generic')).rejects.toBeInstanceOf(FileFormatError);
  });
});
