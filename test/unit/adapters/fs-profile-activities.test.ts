import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadActivityTypes } from '../../../src/adapters/fs-profile-activities.js';
import { parseActivityTypes } from '../../../src/codecs/profile-activities.js';
import { tempDir } from '../../helpers/isolated-env.js';

describe('activity types from the journal’s profile', () => {
  it('reads `activity_types: [{id, name}]` from the journal’s own templates/profiles/<profile>.yaml', async () => {
    const root = tempDir();
    mkdirSync(path.join(root, 'templates/profiles'), { recursive: true });
    writeFileSync(
      path.join(root, 'templates/profiles/our-trust.yaml'),
      'id: our-trust\nactivity_types:\n  - { id: clinical-case, name: Clinical case review }\n  - { id: course }\nrequirements: {}\n',
    );
    expect(await loadActivityTypes(root, 'our-trust')).toEqual([
      { id: 'clinical-case', name: 'Clinical case review' },
      { id: 'course', name: 'course' },
    ]);
  });

  it('gives nothing (so the interview asks in free text) when there is no profile, no list, or a malformed one', async () => {
    const root = tempDir();
    expect(await loadActivityTypes(root, 'no-such-profile')).toBeUndefined();
    expect(await loadActivityTypes(root, '../escape')).toBeUndefined();
    expect(parseActivityTypes('id: x\n')).toBeUndefined();
    expect(parseActivityTypes('activity_types: [plain text]\n')).toBeUndefined();
    expect(parseActivityTypes('activity_types: [\n')).toBeUndefined();
  });
});
