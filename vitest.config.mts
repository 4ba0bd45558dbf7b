import { defineConfig } from 'vitest/config';

// Timeouts catch hangs; they must not time the code. Vitest's 5 s default fails second-long
// tests when CI's two cores also run another job, so the unit projects get far more.
const unitTimeouts = { testTimeout: 30_000, hookTimeout: 30_000 };

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          ...unitTimeouts,
        },
      },
      {
        test: {
          name: 'dom',
          include: ['tests/unit/**/*.test.tsx'],
          environment: 'jsdom',
          ...unitTimeouts,
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
