import type { TestProject } from 'vitest/node';
import { findBinaries, startServices, type Services } from './services';

declare module 'vitest' {
  export interface ProvidedContext {
    /** null when PostgreSQL or Redis is not installed here (the tests then skip, saying why). */
    teamServices: Services | null;
    teamServicesMissing: string;
  }
}

export default async function setup(project: TestProject) {
  const binaries = findBinaries();
  if ('missing' in binaries) {
    // CI installs both: there, their absence is a failure, not a skip.
    if (process.env.CI) throw new Error(`Team server tests: ${binaries.missing}.`);
    process.stderr.write(`\nSkipping the team server tests: ${binaries.missing}.\n\n`);
    project.provide('teamServices', null);
    project.provide('teamServicesMissing', binaries.missing);
    return;
  }
  const { services, stop } = await startServices(binaries);
  project.provide('teamServices', services);
  project.provide('teamServicesMissing', '');
  return stop;
}
