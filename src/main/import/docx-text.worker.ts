import { workerData } from 'node:worker_threads';
import { docxText } from './docx-text';
import { reply } from './worker-reply';

/** Reads one Word document, given in base64, and posts its text or why it cannot be read. */
reply(docxText(Buffer.from(workerData as string, 'base64')));
