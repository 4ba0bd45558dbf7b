import { call } from '../api';

/** The text of a file the user opened: a .docx read in main, anything else as plain text. */
export async function readDocumentText(file: File): Promise<string> {
  if (file.name.toLowerCase().endsWith('.docx')) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000)
      binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return (await call('document:read-text', { fileName: file.name, base64: btoa(binary) })).text;
  }
  return file.text();
}
