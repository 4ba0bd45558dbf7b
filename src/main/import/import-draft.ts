/// <reference types="electron-vite/node" />
import { editorState } from '../../shared/brief/editor-json';
import { linkCitations, type MatchAuthorities } from '../../shared/citations/link';
import type { ImportReport } from '../../shared/contract';
import { AppError } from '../errors';
import { DOCX_TIME_LIMIT_MS, readDocxOffThread } from './document-text';
import type { DocxDraft } from './docx-draft';
import createDocxDraftWorker from './docx-draft.worker?nodeWorker';

/**
 * A Word draft as a brief's stored content, its citations linked to the library where it holds
 * them, and the report of what came in and how.
 */
export async function importWordDraft(
  fileName: string,
  base64: string,
  match: MatchAuthorities,
  { timeLimitMs = DOCX_TIME_LIMIT_MS } = {},
): Promise<{ content: string; report: ImportReport }> {
  if (!fileName.toLowerCase().endsWith('.docx')) {
    throw new AppError(
      'invalid-argument',
      'Amicus imports Word drafts saved as .docx. Open the file in Word and save it as a Word Document (.docx) first.',
    );
  }
  const draft = await readDocxOffThread<DocxDraft>(createDocxDraftWorker, base64, timeLimitMs);
  const linked = await linkCitations(draft.blocks, match);
  const unknownUses = linked.unknown.reduce((sum, entry) => sum + entry.uses, 0);
  const leftAsText = [
    ...draft.leftAsText,
    ...(unknownUses > 0
      ? [{ what: 'citations of authorities not in the library (listed above)', count: unknownUses }]
      : []),
    ...(linked.unresolved > 0
      ? [
          {
            what: 'citations that name no authority by themselves: short forms, Id. or supra whose full citation is not in the draft, or citations without their year',
            count: linked.unresolved,
          },
        ]
      : []),
  ];
  return {
    content: JSON.stringify(editorState(linked.blocks)),
    report: {
      ...draft.counts,
      citationsLinked: linked.linked,
      authoritiesLinked: linked.authorities,
      newAuthorities: linked.unknown,
      leftAsText,
      leftOut: draft.leftOut,
    },
  };
}
