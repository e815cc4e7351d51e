import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { gitJournal } from '../helpers/git-journal.js';

const clean = `
title: Spacer technique in under-fives
date: 2026-11-20
activity: clinical-case
hours: 1.5
participatory: 1
tags: [asthma, paediatrics]
learned_with: [peers]
resources: ["NICE NG245", BNF]
visibility: public
beliefs:
  - belief: Children over three manage a spacer without a mask
    before: concrete
    outcome: changed
    after: Most under-fives need the mask
actions:
  - text: Check spacer technique at every asthma review
    due: 2026-12-31
experience: A parent showed me how her son used his spacer at home.
prior: I thought the mask was only for toddlers.
challenge: It challenged that; the seal was poor without it.
learning: Technique matters more than the device.
change: Watch the child use it at every review.
`;

const withNhsNumber = `
title: Sepsis screening on the ward
date: 2026-11-21
visibility: public
experience: The patient (NHS number 943 476 5919) had a lactate of 4.
learning: Take the lactate before the fluids.
`;

describe('a clinician shares what they learned as a blog draft', () => {
  it('a clean public entry becomes Markdown with Jekyll front matter and none of the private fields', async () => {
    const j = await gitJournal();
    const saved = await j.run(['new', '--answers', '-', '--json'], clean);
    const id = JSON.parse(saved.stdout).id as string;
    const out = await j.run(['export', 'blog', id]);
    expect(out.stderr).toBe('');
    expect(out.code).toBe(0);
    const [, frontMatter, body] = out.stdout.split(/^---$/m) as [string, string, string];
    expect(parseYaml(frontMatter)).toEqual({
      layout: 'post',
      title: 'Spacer technique in under-fives',
      date: '2026-11-20',
      published: false,
      excerpt: 'Technique matters more than the device.',
      tags: ['asthma', 'paediatrics'],
    });
    expect(body).toMatch(/## What I learned\n\nI thought the mask was only for toddlers\./);
    expect(body).toMatch(/## What changed in my practice\n\nWatch the child use it at every review\.\n\n- Check spacer technique at every asthma review/);
    expect(body).toMatch(/I used to think: Children over three manage a spacer without a mask\. Now: Most under-fives need the mask\./);
    expect(body).toMatch(/## References\n\n- NICE NG245\n- BNF/);
    for (const privateField of ['hours', '1.5', 'participatory', 'concrete', '2026-12-31', 'peers', 'visibility', 'parent showed']) {
      expect(out.stdout).not.toContain(privateField);
    }
    const hugo = await j.run(['export', 'blog', id, '--site', 'hugo', '-o', path.join(j.root, 'post.md')]);
    expect(hugo.code).toBe(0);
    expect(readFileSync(path.join(j.root, 'post.md'), 'utf8')).toMatch(/^---\ntitle: "Spacer technique in under-fives"\ndate: 2026-11-20\ndraft: true\n/);
    const html = await j.run(['export', 'blog', id, '--format', 'html']);
    expect(html.stdout).toMatch(/^<!doctype html>/);
    expect(html.stdout).toContain('<h1>Spacer technique in under-fives</h1>');
  });

  it('refuses an entry with an NHS number (exit 1), and allows it once the number is removed', async () => {
    const j = await gitJournal();
    const saved = JSON.parse((await j.run(['new', '--answers', '-', '--json'], withNhsNumber)).stdout) as { id: string; path: string };
    const post = path.join(j.root, 'post.md');
    const refused = await j.run(['export', 'blog', saved.id, '-o', post]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(new RegExp(`${saved.path.replace(/[.]/g, '\\.')}:\\d+:\\d+ nhs-number`));
    expect(refused.stderr).toMatch(/refusing to write the md blog draft/);
    expect(refused.stderr).not.toContain('943 476 5919');
    expect(existsSync(path.join(j.root, 'post.md'))).toBe(false);

    const overridden = await j.run(['export', 'blog', saved.id, '--allow-findings']);
    expect(overridden.code).toBe(0);
    expect(overridden.stderr).toMatch(/--allow-findings: writing although/);

    const file = path.join(j.root, saved.path);
    writeFileSync(file, readFileSync(file, 'utf8').replace(' (NHS number 943 476 5919)', ''));
    const allowed = await j.run(['export', 'blog', saved.id, '-o', post]);
    expect(allowed.stderr).toMatch(/Wrote the md blog draft of 1 entry to .*post\.md/);
    expect(allowed.code).toBe(0);
    expect(readFileSync(path.join(j.root, 'post.md'), 'utf8')).toMatch(/Take the lactate before the fluids\./);
  });

  it('only shares entries marked team or public, unless --include-private', async () => {
    const j = await gitJournal();
    const saved = JSON.parse((await j.run(['new', '--answers', '-', '--json'], clean.replace('visibility: public', 'visibility: private'))).stdout) as { id: string };
    const refused = await j.run(['export', 'blog', saved.id]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/not shared \(visibility is not team or public\)/);
    const included = await j.run(['export', 'blog', saved.id, '--include-private']);
    expect(included.code).toBe(0);
  });

  it('XSS in an entry never reaches the HTML draft', async () => {
    const j = await gitJournal();
    const answers = {
      title: 'Handover <img src=x onerror=alert(1)>',
      visibility: 'public',
      tags: ['<script>alert(2)</script>'],
      resources: ['[guide](javascript:alert(3))'],
      experience: 'x',
      learning: 'Use SBAR. <script>alert(4)</script> <a href="javascript:alert(5)">link</a> <span style="display:none">hidden</span>',
    };
    const saved = JSON.parse((await j.run(['new', '--answers', '-', '--json'], JSON.stringify(answers))).stdout) as { id: string };
    for (const site of ['plain', 'jekyll']) {
      const out = await j.run(['export', 'blog', saved.id, '--format', 'html', '--site', site]);
      expect(out.code).toBe(0);
      expect(out.stdout).not.toMatch(/<script|<img|<[^>]*\son[a-z]+=|<[^>]*(href|src)\s*=\s*["']?\s*javascript:|<[^>]*style=/i);
      expect(out.stdout).toContain('Use SBAR.');
    }
  });
});
