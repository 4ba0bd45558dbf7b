import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

// The benchmarks load the app's modules as Vite builds them: the court profiles are read through
// import.meta.glob (the demo seed needs them), which tsx alone does not provide.
void runnerImport(fileURLToPath(new URL('./index.ts', import.meta.url)), {
  configFile: false,
  logLevel: 'warn',
});
