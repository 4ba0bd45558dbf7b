import { workerData } from 'node:worker_threads';
import { readDocxDraft } from './docx-draft';
import { reply } from './worker-reply';

/** Reads one Word draft, given in base64, and posts its blocks or why it cannot be read. */
reply(readDocxDraft(Buffer.from(workerData as string, 'base64')));
