import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Processes, not threads: in-process command runs swap process.env (test/helpers/run-in-process.ts), and TZ,
    // signals and child processes behave as in the real CLI.
    pool: 'forks',
    // Many test files wait on subprocesses (git, tmux, Chromium, the spawned CLI): three workers on two cores keep
    // the CPUs busy while one waits. vitest's default is one fewer than the cores, here a single worker.
    maxWorkers: 3,
    // Test files in a worker share the loaded modules instead of importing src/ afresh for each file: no test
    // mocks a module or keeps state in one (the command runs are isolated by their runtime and temp folders).
    isolate: false,
    setupFiles: ['test/helpers/setup.ts'],
    globalSetup: ['test/helpers/global-setup.ts'],
  },
});
