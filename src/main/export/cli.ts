import { exportCommand } from './command';

/** `npm run export -- …`: prints the path written, or why nothing was. */
exportCommand(process.argv.slice(2)).then(
  (path) => process.stdout.write(`${path}\n`),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  },
);
