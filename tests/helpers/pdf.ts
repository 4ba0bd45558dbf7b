import { execFileSync } from 'node:child_process';
import { basename, join } from 'node:path';

/**
 * Converts a file with LibreOffice (Debian's libreoffice-writer-nogui, installed by .ci/run)
 * into `folder`, e.g. to `pdf`, or an HTML page read as a Writer document (`inputFilter`
 * "HTML (StarWriter)") to `docx`. Returns the converted file's path.
 */
export function convertWithLibreOffice(
  file: string,
  folder: string,
  format: string,
  inputFilter?: string,
): string {
  // A profile of its own, so a LibreOffice the developer has open does not take the job.
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${join(folder, 'profile')}`,
      '--headless',
      ...(inputFilter ? [`--infilter=${inputFilter}`] : []),
      '--convert-to',
      format,
      '--outdir',
      folder,
      file,
    ],
    { stdio: 'ignore', timeout: 120_000 },
  );
  return join(folder, basename(file).replace(/\.[^.]+$/, `.${format}`));
}

/**
 * A .docx as a court would print it: rendered to PDF by LibreOffice in `folder`, its text read
 * back by pdftotext with the layout kept; pages are separated by form feeds.
 */
export function renderedText(docx: string, folder: string): string {
  const pdf = convertWithLibreOffice(docx, folder, 'pdf');
  return execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
}
