import { defineConfig } from 'vitest/config';

/**
 * Tests that assert worst-case time bounds (the security findings: a crafted message under 20 ms, a forged token
 * refused within a second) run in a second group, one file at a time, after every other test file has finished:
 * on a 2-core machine the parallel files would otherwise measure each other.
 */
const TIMING = [
  'test/security/core-worst-case.test.ts',
  'test/security/http-slow-message.test.ts',
  'test/security/http-auth.test.ts',
];

export default defineConfig({
  test: {
    testTimeout: 20_000,
    hookTimeout: 60_000,
    pool: 'forks',
    projects: [
      {
        extends: true,
        test: {
          name: 'main',
          include: ['test/**/*.test.ts', 'src/**/*.test.ts', 'dialogs/**/*.test.ts', 'machines/**/*.test.ts'],
          exclude: TIMING,
        },
      },
      {
        extends: true,
        test: {
          name: 'timing',
          include: TIMING,
          fileParallelism: false,
          sequence: { groupOrder: 1 },
          // The worst-case test collects garbage left by earlier turns before timing one (gc() when exposed).
          execArgv: ['--expose-gc'],
        },
      },
    ],
  },
});
