import { defineConfig, type Plugin } from 'vitest/config';

/**
 * electron-vite bundles a `?nodeWorker` import as a worker of its own and returns its
 * constructor; here the worker runs its TypeScript source through tsx instead, so tests start
 * the same worker thread the app does.
 */
const nodeWorkerFromSource: Plugin = {
  name: 'amicus:node-worker-from-source',
  enforce: 'pre',
  async resolveId(id, importer) {
    if (!id.endsWith('?nodeWorker')) return null;
    const source = await this.resolve(id.slice(0, -'?nodeWorker'.length), importer);
    return source && `\0node-worker:${source.id}`;
  },
  load(id) {
    if (!id.startsWith('\0node-worker:')) return null;
    const file = JSON.stringify(id.slice('\0node-worker:'.length));
    return `import { Worker } from 'node:worker_threads';
export default (options = {}) =>
  new Worker(${file}, { ...options, execArgv: [...(options.execArgv ?? []), '--require', 'tsx/cjs'] });`;
  },
};

// Timeouts catch hangs; they must not time the code. Vitest's 5 s default fails second-long
// tests when CI's two cores also run another job, so the unit projects get far more.
const unitTimeouts = { testTimeout: 30_000, hookTimeout: 30_000 };

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [nodeWorkerFromSource],
        test: {
          name: 'node',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          ...unitTimeouts,
        },
      },
      {
        plugins: [nodeWorkerFromSource],
        test: {
          name: 'dom',
          include: ['tests/unit/**/*.test.tsx'],
          environment: 'jsdom',
          ...unitTimeouts,
        },
      },
      {
        // The team server against a real PostgreSQL and Redis, which global-setup starts on
        // 127.0.0.1 in a temporary folder (skipped, saying why, where they are not installed).
        test: {
          name: 'server',
          include: ['tests/server/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/server/global-setup.ts'],
          setupFiles: ['tests/server/setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        // Drives the built app in Chromium; run with `npm run test:e2e` after a build.
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
