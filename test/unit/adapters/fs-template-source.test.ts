import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FsTemplateSource as Source } from '../../../src/adapters/fs-template-source.js';
import { parseTemplate } from '../../../src/codecs/template.js';
import { tempDir } from '../../helpers/isolated-env.js';

const root = path.resolve(import.meta.dirname, '../../..');
const builtIn = path.join(root, 'templates/reflection');

/** The built adapter (dist/, made by the test setup), which finds dist/templates.json beside it. */
async function builtSource(dir: string) {
  const url = new URL(`file://${path.join(root, 'dist/adapters/fs-template-source.js')}`).href;
  const { FsTemplateSource } = (await import(url)) as { FsTemplateSource: typeof Source };
  return new FsTemplateSource(undefined, dir);
}

describe('built-in templates compiled at build time', () => {
  it('are exactly what parsing their YAML gives', async () => {
    const compiled = JSON.parse(readFileSync(path.join(root, 'dist/templates.json'), 'utf8')) as { templates: Record<string, unknown> };
    const source = await builtSource(builtIn);
    for (const id of Object.keys(compiled.templates)) {
      const file = path.join(builtIn, `${id}.yaml`);
      expect(await source.get(id), id).toEqual(parseTemplate(readFileSync(file, 'utf8'), file));
    }
  });

  it('are not used once their YAML file has changed', async () => {
    const dir = tempDir('mindlines-templates-');
    cpSync(builtIn, dir, { recursive: true });
    const file = path.join(dir, 'quick.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^name: .*$/m, 'name: Changed quick note'));
    expect((await (await builtSource(dir)).get('quick')).name).toBe('Changed quick note');
  });
});
