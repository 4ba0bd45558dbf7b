/**
 * For tests whose work takes seconds even on an idle machine (hundreds of property cases, ESLint
 * loading its parsers, a whole main process) and many more beside another job on two cores. The
 * timeout is there to catch a hang, never to time the code, so it is far above any real run.
 */
export const SLOW_TEST_TIMEOUT = 120_000;
