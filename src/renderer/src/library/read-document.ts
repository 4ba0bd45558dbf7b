import { call } from '../api';
import { fileBase64 } from '../ui/file-base64';

/** The text of a file the user opened: a .docx read in main, anything else as plain text. */
export async function readDocumentText(file: File): Promise<string> {
  if (file.name.toLowerCase().endsWith('.docx')) {
    const base64 = await fileBase64(file);
    return (await call('document:read-text', { fileName: file.name, base64 })).text;
  }
  return file.text();
}
