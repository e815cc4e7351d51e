import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';

type YamlModule = typeof Yaml;

let loaded: YamlModule | undefined;

/**
 * The `yaml` package, loaded the first time something is actually parsed or written. It costs ~50-100 ms to load
 * (dozens of modules), and the fast paths (`--help`, a warm `list` or `search` answered from the index) never need
 * it. Node resolves `yaml` to the same CommonJS build for `import` and `require`, so this is the one instance.
 */
export function yamlModule(): YamlModule {
  loaded ??= createRequire(import.meta.url)('yaml') as YamlModule;
  return loaded;
}
