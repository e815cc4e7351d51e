import { describe, expect, it } from 'vitest';
import { defaultConfig, parseConfig, serializeConfig } from '../../../src/config/journal-config.js';
import { ConfigError } from '../../../src/errors.js';

describe('the registrant in mindlines.yaml', () => {
  it('reads `registrant: { name, registration_number }`; a number written unquoted keeps its digits', () => {
    const config = parseConfig('profile: gmc\nregistrant:\n  name: Dr Alex Morgan\n  registration_number: 1234567\n', 'mindlines.yaml');
    expect(config.registrant).toEqual({ name: 'Dr Alex Morgan', registrationNumber: '1234567' });
    expect(parseConfig('registrant: { registration_number: " 12A3456E " }\n', 'm.yaml').registrant).toEqual({ registrationNumber: '12A3456E' });
    expect(parseConfig('name: x\n', 'm.yaml').registrant).toEqual({});
  });

  it('refuses a registrant that is not a map of text, naming the line', () => {
    expect(() => parseConfig('name: x\nregistrant: Sam\n', 'mindlines.yaml')).toThrow(ConfigError);
    expect(() => parseConfig('name: x\nregistrant: Sam\n', 'mindlines.yaml')).toThrow(/mindlines\.yaml:2: `registrant` should be a map/);
    expect(() => parseConfig('registrant:\n  name: [a, b]\n', 'mindlines.yaml')).toThrow(/`registrant\.name` should be text/);
  });

  it('a new journal’s settings keep the registrant through a write and a read', () => {
    const config = { ...defaultConfig({ name: 'Revalidation', profile: 'nmc' }), registrant: { name: 'Sam Nurse', registrationNumber: '12A3456E' } };
    const text = serializeConfig(config);
    expect(text).toContain('registrant:\n  name: Sam Nurse\n  registration_number: 12A3456E\n');
    expect(parseConfig(text, 'mindlines.yaml').registrant).toEqual(config.registrant);
    expect(serializeConfig(defaultConfig())).not.toContain('registrant:\n');
  });
});

describe('the revalidation settings the regulator’s documents read (issue 16)', () => {
  it('reads `revalidation_date` (the GMC cycle ends on it) and `practice_hours` (the NMC confirmation form)', () => {
    const config = parseConfig('profile: gmc\nrevalidation_date: 2028-03-31\npractice_hours: 1350\n', 'mindlines.yaml');
    expect(config.revalidationDate).toBe('2028-03-31');
    expect(config.practiceHours).toBe(1350);
    expect(parseConfig('name: x\n', 'm.yaml').revalidationDate).toBeUndefined();
  });

  it('refuses a date that is not YYYY-MM-DD and hours that are not a number, naming the line', () => {
    expect(() => parseConfig('name: x\nrevalidation_date: March 2028\n', 'mindlines.yaml')).toThrow(/mindlines\.yaml:2: `revalidation_date` should be the date/);
    expect(() => parseConfig('practice_hours: lots\n', 'mindlines.yaml')).toThrow(/`practice_hours` should be a number of hours/);
    expect(() => parseConfig('practice_hours: -5\n', 'mindlines.yaml')).toThrow(ConfigError);
  });
});
