import { describe, expect, it } from 'vitest';
import { FsProfileSource } from '../../../src/adapters/fs-profile-source.js';
import { askFirstRun } from '../../../src/app/first-run.js';
import { FakePrompter } from '../../helpers/fake-prompter.js';

const profiles = [...(await new FsProfileSource(undefined).all()).values()];

describe('the first run in a terminal asks three questions with sensible defaults', () => {
  it('Enter three times: git’s name, the generic profile, the NHS appraisal year from 1 April', async () => {
    const prompter = new FakePrompter([{ expect: 'Your name', text: '' }, { expect: 'revalidate', select: undefined }, { expect: 'year start', select: undefined }]);
    const answers = await askFirstRun(prompter, profiles, { name: 'Sam Nurse' });
    expect(answers).toEqual({ registrant: { name: 'Sam Nurse' }, profile: 'generic', yearStart: '04-01' });
    expect(prompter.asked[1]?.choices?.slice(0, 4)).toEqual(['gmc', 'nmc', 'gphc', 'hcpc']);
  });

  it('a nurse picks the NMC and a September year; an Australian doctor is offered January first', async () => {
    const nurse = await askFirstRun(
      new FakePrompter([{ text: 'Alex Rivera' }, { select: 'nmc' }, { select: 'another' }, { text: '31 September' }, { text: '1 September' }]),
      profiles,
      {},
    );
    expect(nurse).toEqual({ registrant: { name: 'Alex Rivera' }, profile: 'nmc', yearStart: '09-01' });
    const prompter = new FakePrompter([{ text: '' }, { select: 'ahpra-medical' }, { select: undefined }]);
    const doctor = await askFirstRun(prompter, profiles, {});
    expect(doctor).toEqual({ registrant: { name: undefined }, profile: 'ahpra-medical', yearStart: '01-01' });
  });
});
