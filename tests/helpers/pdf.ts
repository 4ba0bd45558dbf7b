import { execFileSync } from 'node:child_process';
import { basename, join } from 'node:path';

/**
 * A .docx as a court would print it: rendered to PDF by LibreOffice (Debian's
 * libreoffice-writer-nogui, installed by .ci/run) in `folder`, its text read back by pdftotext
 * with the layout kept; pages are separated by form feeds.
 */
export function renderedText(docx: string, folder: string): string {
  // A profile of its own, so a LibreOffice the developer has open does not take the job.
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${join(folder, 'profile')}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      folder,
      docx,
    ],
    { stdio: 'ignore', timeout: 120_000 },
  );
  const pdf = join(folder, basename(docx).replace(/\.docx$/, '.pdf'));
  return execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
}
