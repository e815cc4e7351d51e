import { describe, expect, it } from 'vitest';
import { pickRecords } from '../../../src/commands/home.js';
import { FakePrompter } from '../../helpers/fake-prompter.js';

// Issue 16, point 6: from the home menu, a pharmacist ticks the records to submit rather than typing --select.
describe('choosing the GPhC records to submit from the home menu', () => {
  const records = [
    { id: '01JP0000000000000000000P01', date: '2026-01-20', layoutName: 'CPD record (planned learning)', title: 'Anticoagulation update' },
    { id: '01JP0000000000000000000P04', date: '2026-05-11', layoutName: 'Peer discussion', title: 'Peer discussion with a technician' },
  ];

  it('lists each record by date, record type and title, and returns the short ids of those ticked', async () => {
    const prompter = new FakePrompter([{ checkbox: ['2026-05-11  Peer discussion: Peer discussion with a technician'], expect: 'Which records will you submit?' }]);
    expect(await pickRecords(prompter, records, (t) => t)).toEqual(['0p04']);
    expect(prompter.asked[0]?.choices).toEqual(['0p01', '0p04']);
  });

  it('a title is made safe for the terminal before it is shown', async () => {
    const prompter = new FakePrompter([{ checkbox: ['2026-01-20  CPD record (planned learning): Evil?[2J'] }]);
    const safe = (t: string) => t.split('\u001b').join('?');
    expect(await pickRecords(prompter, [{ ...(records[0] as (typeof records)[0]), title: 'Evil\u001b[2J' }], safe)).toEqual(['0p01']);
  });
});
