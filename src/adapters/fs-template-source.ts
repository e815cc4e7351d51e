import { promises as fs, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseTemplate, type Template } from '../codecs/template.js';
import type { TemplateSource } from '../core/reflection/ports.js';
import { StorageError, UsageError } from '../errors.js';
import { journalPaths } from './fs-journal-paths.js';
import { messages } from '../ui/messages.js';

/**
 * node:crypto, loaded the first time a hash or random bytes are wanted: it is one of the larger built-in modules,
 * and a warm `search` or `list` never needs it.
 */
const crypto = () => process.getBuiltinModule('node:crypto');

/** The package's own `templates/` folder (beside `dist/` and `src/`). */
export const PACKAGE_TEMPLATES = fileURLToPath(new URL('../../templates', import.meta.url));

/**
 * The built-in templates as `npm run build` parsed them (scripts/bundle.mjs): `dist/templates.json`, beside the
 * compiled modules and one folder up from the bundle. Each is used only while its YAML file is still the text it
 * was parsed from, so quick capture never loads the YAML library for a built-in template.
 */
const COMPILED_TEMPLATES = new URL('../templates.json', import.meta.url);
export const COMPILED_FORMAT = 'mindlines-templates 1';

export interface CompiledTemplates {
  format: string;
  templates: Record<string, { file: string; hash: string; template: Omit<Template, 'source'> }>;
}

export const templateHash = (text: string) => crypto().createHash('sha1').update(text).digest('base64url');

let compiled: CompiledTemplates | null | undefined;

/** A built-in template from the compiled file, if it is there and its YAML file is unchanged. */
async function compiledTemplate(id: string, file: string): Promise<Template | undefined> {
  if (compiled === undefined) {
    try {
      const read = JSON.parse(readFileSync(COMPILED_TEMPLATES, 'utf8')) as CompiledTemplates;
      compiled = read.format === COMPILED_FORMAT ? read : null;
    } catch {
      compiled = null;
    }
  }
  const entry = compiled?.templates[id];
  if (!entry || entry.file !== path.basename(file)) return undefined;
  const text = await fs.readFile(file, 'utf8').catch(() => undefined);
  if (text === undefined || templateHash(text) !== entry.hash) return undefined;
  return { ...entry.template, source: file };
}

/**
 * The YAML files of a folder, sorted, ignoring hidden ones; none when the folder does not exist. A folder of a
 * journal (`journalRoot` given) must be inside it: a link on the way, or a file that is a link, is refused.
 */
export async function yamlFiles(dir: string, journalRoot?: string): Promise<string[]> {
  let files: string[];
  try {
    if (journalRoot) journalPaths(journalRoot).assertRealFolders(path.join(dir, 'any.yaml'));
    const names = await fs.readdir(dir);
    files = names.filter((n) => /\.ya?ml$/.test(n) && !n.startsWith('.')).sort().map((n) => path.join(dir, n));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  if (journalRoot) {
    for (const file of files) {
      if ((await fs.lstat(file)).isSymbolicLink()) throw new StorageError(file, `${path.relative(journalRoot, file)}: ${messages.symlinkRefused}`);
    }
  }
  return files;
}

/**
 * Reflection templates: the built-in ones from the package, then the journal's own `templates/` folder, whose
 * files override built-ins with the same id or add new ones.
 */
export class FsTemplateSource implements TemplateSource {
  constructor(
    private readonly journalRoot: string | undefined,
    private readonly builtInDir = path.join(PACKAGE_TEMPLATES, 'reflection'),
  ) {}

  /** Every template by id. A journal template that does not parse is an error naming its file and line. */
  async all(): Promise<Map<string, Template>> {
    const templates = new Map<string, Template>();
    const dirs = [this.builtInDir];
    if (this.journalRoot) dirs.push(path.join(this.journalRoot, 'templates'));
    for (const dir of dirs) {
      for (const file of await yamlFiles(dir, dir === this.builtInDir ? undefined : this.journalRoot)) {
        const shown = this.journalRoot && file.startsWith(this.journalRoot) ? path.relative(this.journalRoot, file) : file;
        const template = parseTemplate(await fs.readFile(file, 'utf8'), shown);
        templates.set(template.id, template);
      }
    }
    return templates;
  }

  async files(): Promise<string[]> {
    const journal = this.journalRoot ? await yamlFiles(path.join(this.journalRoot, 'templates'), this.journalRoot) : [];
    return [...(await yamlFiles(this.builtInDir)), ...journal];
  }

  async get(id: string): Promise<Template> {
    // Fast path (quick capture must stay under a second): the journal's own templates, then the built-in file
    // named after the id, without parsing every other built-in.
    if (/^[a-z0-9][a-z0-9-]*$/.test(id)) {
      let found: Template | undefined;
      if (this.journalRoot) {
        for (const file of await yamlFiles(path.join(this.journalRoot, 'templates'), this.journalRoot)) {
          const template = parseTemplate(await fs.readFile(file, 'utf8'), path.relative(this.journalRoot, file));
          if (template.id === id) found = template;
        }
      }
      if (found) return found;
      const builtIn = path.join(this.builtInDir, `${id}.yaml`);
      const ready = await compiledTemplate(id, builtIn);
      if (ready) return ready;
      const text = await fs.readFile(builtIn, 'utf8').catch(() => undefined);
      if (text !== undefined) {
        const template = parseTemplate(text, builtIn);
        if (template.id === id) return template;
      }
    }
    const templates = await this.all();
    const template = templates.get(id);
    if (!template) throw new UsageError(messages.templateNotFound(id, [...templates.keys()]));
    return template;
  }
}
