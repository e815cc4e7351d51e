import { describe, expect, it } from 'vitest';
import { defaultConfig, parseConfig, serializeConfig } from '../../../src/config/journal-config.js';
import { ConfigError } from '../../../src/errors.js';

describe('the registrant in mindlines.yaml', () => {
  it('reads `registrant: { name, registration_number }`; a number written unquoted keeps its digits', () => {
    const config = parseConfig('profile: gmc\nregistrant:\n  name: Dr Alex Morgan\n  registration_number: 1234567\n', 'mindlines.yaml');
    expect(config.registrant).toEqual({ name: 'Dr Alex Morgan', registrationNumber: '1234567' });
    expect(parseConfig('registrant: { registration_number: " 12A3456E " }\n', 'm.yaml').registrant).toEqual({ registrationNumber: '12A3456E' });
    expect(parseConfig('name: x\n', 'm.yaml').registrant).toBeUndefined();
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
