import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../../src/codecs/profile.js';
import { FileFormatError } from '../../../src/errors.js';
import { builtInProfile, builtInProfileIds } from '../../helpers/make-entry.js';

const minimal = `
id: mine
name: My profile
regulator: Nobody
description: A test profile.
period:
  years: 1
activity_types:
  - { id: course, name: Course }
  - { id: reading, name: Reading }
requirements:
  - id: hours
    name: Hours
    measure: hours
    min: 10
log:
  columns:
    - { field: date, name: Date }
`;

function problem(text: string): string {
  try {
    parseProfile(text, 'templates/profiles/mine.yaml');
  } catch (error) {
    expect(error).toBeInstanceOf(FileFormatError);
    return (error as Error).message;
  }
  throw new Error('expected the profile to be refused');
}

describe('regulator profiles are data', () => {
  it('ships the eight profiles the issue names, each valid', () => {
    expect(builtInProfileIds()).toEqual(['ahpra-medical', 'ama', 'generic', 'gmc', 'gphc', 'hcpc', 'nmc', 'rcpsc-moc']);
    for (const id of builtInProfileIds()) {
      const profile = builtInProfile(id);
      expect(profile.id).toBe(id);
      expect(profile.activityTypes.length).toBeGreaterThan(2);
      expect(profile.log.columns.length).toBeGreaterThan(2);
      expect(profile.accounts.length).toBeGreaterThan(0);
    }
  });

  it('offers activity types as {id, name} pairs, the shape the interview reads', () => {
    for (const id of builtInProfileIds()) {
      for (const type of builtInProfile(id).activityTypes) {
        expect(type.id).toMatch(/^[a-z0-9][a-z0-9-]*$/);
        expect(type.name.length).toBeGreaterThan(2);
      }
    }
  });

  it('encodes the facts of DOMAIN.md section 1', () => {
    const nmc = builtInProfile('nmc');
    expect(nmc.period.years).toBe(3);
    expect(nmc.requirements.map((r) => [r.id, r.min])).toEqual([
      ['cpd-hours', 35],
      ['participatory-hours', 20],
      ['feedback', 5],
      ['reflective-accounts', 5],
      ['reflective-discussion', 1],
    ]);
    expect(nmc.standards.map((s) => s.name)).toEqual(['Prioritise people', 'Practise effectively', 'Preserve safety', 'Promote professionalism and trust']);
    const gphc = builtInProfile('gphc');
    expect(gphc.period.years).toBe(1);
    expect(gphc.requirements.map((r) => [r.id, r.min])).toEqual([
      ['cpd-records', 4],
      ['planned-records', 2],
      ['peer-discussion', 1],
      ['reflective-account', 1],
    ]);
    const gmc = builtInProfile('gmc');
    expect(gmc.categories.map((c) => c.id)).toEqual(['cpd', 'quality-improvement', 'significant-events', 'patient-feedback', 'colleague-feedback', 'compliments-complaints']);
    expect(gmc.requirements.find((r) => r.id === 'credits-year')?.min).toBe(50);
    expect(builtInProfile('hcpc').period.years).toBe(2);
    const ahpra = builtInProfile('ahpra-medical');
    expect(ahpra.requirements.map((r) => r.min)).toEqual([50, 25, 5, 5, 12.5, 1]);
    const moc = builtInProfile('rcpsc-moc');
    expect(moc.credits.find((c) => c.activity === 'unaccredited-group-learning')).toEqual({ activity: 'unaccredited-group-learning', perHour: 0.5, perRecord: 0, max: 50 });
    expect(moc.credits.find((c) => c.activity === 'self-assessment')?.perHour).toBe(3);
    expect(builtInProfile('ama').increment).toBe(0.25);
    // Issue 12: colleague feedback is multisource feedback under AHPRA and RCPSC.
    for (const id of ['ahpra-medical', 'rcpsc-moc']) {
      expect(builtInProfile(id).activityTypes.find((t) => t.id === 'multisource-feedback')?.aliases).toContain('colleague-feedback');
    }
  });

  it('counts only the GPhC reflective account as a reflective account; its other forms are records (issue 12)', () => {
    const gphc = builtInProfile('gphc');
    expect(gphc.accounts.map((a) => [a.id, a.reflective])).toEqual([
      ['planned', false],
      ['unplanned', false],
      ['peer-discussion', false],
      ['reflective-account', true],
    ]);
    expect(gphc.activityTypes.map((t) => t.name)).toEqual(['Planned', 'Unplanned', 'Peer discussion', 'Reflective account']);
    expect(parseProfile(minimal, 'mine.yaml').accounts.every((a) => a.reflective)).toBe(true);
  });

  it('reads a minimal profile with defaults filled in', () => {
    const profile = parseProfile(minimal, 'mine.yaml');
    expect(profile.period).toEqual({ years: 1, label: 'CPD year' });
    expect(profile.unit).toBe('hours');
    expect(profile.requirements[0]).toMatchObject({ per: 'period', match: { activities: [], categories: [], templates: [], tags: [] } });
  });

  it('names the file, line and field of each problem', () => {
    expect(problem(minimal.replace('measure: hours', 'measure: minutes'))).toMatch(
      /^templates\/profiles\/mine\.yaml:14: requirements\[0\]\.measure: should be one of hours, /,
    );
    expect(problem(`${minimal}colour: blue\n`)).toMatch(/mine\.yaml:\d+: colour: unknown key/);
    expect(problem(minimal.replace('  - { id: reading, name: Reading }', '  - { id: reading }'))).toMatch(/mine\.yaml:10: activity_types\[1\]\.name: is required/);
    expect(problem(`${minimal}categories:\n  - { id: x, name: X, activities: [course, podcast] }\n`)).toMatch(
      /categories\[0\]\.activities\[1\]: "podcast" is not one of this profile's activity_types/,
    );
    expect(problem(minimal.replace('    min: 10', '    min: 10\n    per: cycle'))).toMatch(/requirements\[0\]\.per: a requirement counted per cycle needs the profile’s cycle_years/);
    expect(problem(minimal.replace('    min: 10', '    min: -1'))).toMatch(/requirements\[0\]\.min: should be a number, 0 or more/);
    expect(problem(minimal.replace('field: date', 'field: weather'))).toMatch(/log\.columns\[0\]\.field: should be one of date, title/);
    expect(problem('id: [unclosed')).toMatch(/^templates\/profiles\/mine\.yaml:1: /);
  });
});
