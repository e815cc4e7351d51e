import { afterAll } from 'vitest';
import { removeTempDirs } from './isolated-env.js';

// Run before every test file (vitest.config.ts setupFiles). Test files share a worker's modules (isolate: false),
// so a hook registered when a helper module is first imported would belong to the first file only.
afterAll(removeTempDirs);
