import { Document } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { AccountLayout, Profile } from '../../../../src/codecs/profile.js';
import type { Template } from '../../../../src/codecs/template.js';
import { buildCpdReport, type Account } from '../../../../src/core/cpd/cpd-report.js';
import { readEntry } from '../../../../src/core/entries/entry.js';
import { buildEntry, KEY_VOCABULARIES, type Answers } from '../../../../src/core/reflection/reflection.js';
import { builtInProfile, builtInProfileIds, builtInTemplates, cpdReportOptions } from '../../../helpers/make-entry.js';

// Issue 12: a template declares which box of a regulator's form each of its questions fills (`fills:`), and every
// shipped template must fill the boxes of the forms that use it. This walks every template × profile × form.

const DATE = '2026-05-01';

/** Every question of a template answered, the activity and tags chosen so the entry lands on the form wanted. */
function answersFor(template: Template, choice: { activity?: string; tag?: string }): Answers {
  const answers: Answers = {};
  for (const field of template.fields) {
    const terms = KEY_VOCABULARIES[field.key];
    switch (field.kind) {
      case 'text':
        answers[field.key] = `A sample ${field.key}`;
        break;
      case 'date':
        answers[field.key] = DATE;
        break;
      case 'number':
        answers[field.key] = field.key === 'participatory' ? 1 : 2;
        break;
      case 'list':
        answers[field.key] = field.key === 'tags' ? [choice.tag ?? 'sample'] : [`A sample ${field.key}`];
        break;
      case 'choice':
        if (field.key === 'activity') {
          if (choice.activity) answers.activity = choice.activity;
        } else answers[field.key] = field.choices?.[0] ?? terms?.[0]?.value;
        break;
      case 'multi':
        answers[field.key] = [field.choices?.[0] ?? terms?.[0]?.value];
        break;
      case 'confirm':
        answers[field.key] = true;
        break;
      case 'belief':
        answers[field.key] = [{ belief: 'A sample belief', before: 'brick', outcome: 'changed', after: 'A sample new belief' }];
        break;
      case 'action':
        answers[field.key] = [{ text: 'A sample action' }];
        break;
    }
  }
  for (const section of template.sections) {
    answers[section.key] =
      section.kind === 'choice' ? section.choices?.[0] : section.kind === 'list' ? ['A sample item'] : section.kind === 'action' ? [{ text: 'A sample action' }] : `The answer to ${section.key}.`;
  }
  return answers;
}

/** The account a fully answered entry of `template` gets under `profile`, if it is counted and laid out at all. */
function layOut(template: Template, profile: Profile, choice: { activity?: string; tag?: string }): Account | undefined {
  const built = buildEntry(template, answersFor(template, choice), {
    now: new Date(`${DATE}T12:00:00Z`),
    id: '01JFXRMS00000000000000000A',
    visibility: 'team',
    parseDate: (text) => text,
    source: `${template.id}.yaml`,
  });
  const read = readEntry('entries/2026/05/sample.md', `---\n${new Document(built.frontMatter).toString()}---\n${built.body}`);
  if (!read.ok) throw new Error(`${template.id}: ${read.problem.message}`);
  const report = buildCpdReport([read.entry], cpdReportOptions(profile.id, { period: { from: '2026-01-01', to: '2026-12-31', label: 'year', source: 'options' }, today: '2026-12-31' }));
  return report.accounts[0];
}

/** How an entry of `template` can reach `layout`: the form names the template, or an activity or tag leads to it. */
function routesTo(layout: AccountLayout, template: Template, profile: Profile): { named: boolean; choice: { activity?: string; tag?: string } } | undefined {
  const has = (key: string) => template.fields.some((f) => f.key === key);
  if (layout.match.templates.includes(template.id)) return { named: true, choice: {} };
  if (!has('activity')) return undefined;
  const first = profile.activityTypes[0]?.id;
  if (layout.match.activities.length > 0) return { named: false, choice: { activity: layout.match.activities[0] } };
  const category = profile.categories.find((c) => layout.match.categories.includes(c.id));
  if (category) return { named: false, choice: { activity: category.activities[0] } };
  if (layout.match.tags.length > 0) return has('tags') ? { named: false, choice: { activity: first, tag: layout.match.tags[0] } } : undefined;
  return { named: false, choice: { activity: first } };
}

const templates = [...builtInTemplates().values()];
const profiles = builtInProfileIds().map(builtInProfile);
const pairs = templates.flatMap((template) =>
  profiles.flatMap((profile) =>
    profile.accounts.map((layout) => ({ template, profile, layout, route: routesTo(layout, template, profile) })),
  ),
);

describe('every built-in template declares the form box each section fills', () => {
  it.each(templates.map((t) => [t.id, t] as const))('%s', (_id, template) => {
    expect(template.sections.filter((s) => !s.fills).map((s) => s.key)).toEqual([]);
  });
});

describe('a form made for a template is filled box by box, and nothing it asked for is left over', () => {
  const named = pairs.filter((p) => p.route?.named);
  it('walks the forms that name a template (NMC reflective account, the four GPhC records)', () => {
    expect(named.map((p) => `${p.profile.id}/${p.layout.id} ← ${p.template.id}`).sort()).toEqual([
      'gphc/peer-discussion ← gphc-peer-discussion',
      'gphc/planned ← gphc-planned',
      'gphc/reflective-account ← gphc-reflective-account',
      'gphc/unplanned ← gphc-unplanned',
      'nmc/reflective-account ← nmc-reflective-account',
    ]);
  });
  it.each(named.map((p) => [`${p.profile.id}/${p.layout.id} ← ${p.template.id}`, p] as const))('%s', (_name, { template, profile, layout }) => {
    const account = layOut(template, profile, {});
    expect(account?.layout).toBe(layout.id);
    expect(account?.fields.filter((box) => !box.text && box.items.length === 0).map((box) => box.heading)).toEqual([]);
    expect(account?.further.map((s) => s.heading)).toEqual([]);
  });
});

describe('every template a profile counts reaches its general forms with what happened and what came of it', () => {
  const general = pairs.filter((p) => p.route && !p.route.named);
  it('walks every template × profile × form an activity or tag leads to', () => {
    expect(general.length).toBeGreaterThan(60);
  });
  it.each(general.map((p) => [`${p.profile.id}/${p.layout.id} ← ${p.template.id}`, p] as const))('%s', (_name, { template, profile, layout, route }) => {
    const account = layOut(template, profile, route?.choice ?? {});
    // Another form of the profile may claim the entry first (a gphc-planned entry is always a planned record).
    if (account?.layout !== layout.id) return;
    const [first, ...rest] = account.fields;
    expect(first?.text, `${first?.heading}`).not.toBe('');
    expect(rest.filter((box) => box.text || box.items.length > 0).length).toBeGreaterThan(0);
  });
});

describe('the GPhC records, as the issue found them', () => {
  it('"How are you going to learn it?" fills the activities box, not "What you learned"; the peer discussion is laid out', () => {
    const gphc = builtInProfile('gphc');
    const planned = layOut(builtInTemplates().get('gphc-planned') as Template, gphc, { activity: 'course' });
    expect(planned?.fields.find((b) => b.heading === 'How are you going to learn it?')?.text).toBe('The answer to activities.');
    expect(planned?.fields.some((b) => b.heading === 'What you learned')).toBe(false);
    const peer = layOut(builtInTemplates().get('gphc-peer-discussion') as Template, gphc, {});
    expect(peer?.fields.find((b) => b.heading === 'What you discussed and learned')?.text).toBe('The answer to discussed.');
  });
});
