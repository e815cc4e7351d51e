import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FsProfileSource, PACKAGE_PROFILES } from '../../../src/adapters/fs-profile-source.js';
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
});
