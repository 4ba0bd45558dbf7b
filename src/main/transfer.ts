import { randomUUID } from 'node:crypto';
import {
  CSL_JSON_EXTENSION,
  LIBRARY_FILE_EXTENSION,
  type ImportPreview,
  type Resolution,
  type UnmappedItem,
} from '../shared/library-file';
import { AppError } from './errors';
import { safeFileStem } from './export/docx';
import type { Handlers, Host, LibraryAccess } from './handlers';
import { readTransferFileOffThread } from './import/transfer-file';
import { exportCslJson, exportLibrary } from './library/library-export';
import {
  applyImport,
  importSourceOf,
  previewImport,
  type ImportSource,
  type ImportTally,
} from './library/library-import';

type TransferChannel =
  'library:export' | 'library:import-open' | 'library:import-preview' | 'library:import-apply';

/** The file opened for import, waiting for the user's choices; one at a time. */
interface PendingImport {
  importId: string;
  fileName: string;
  format: ImportPreview['format'];
  scope: string;
  exportedAt: string | null;
  source: ImportSource;
  unmapped: UnmappedItem[];
}

const today = () => new Date().toISOString().slice(0, 10);

/** Libraries as files: export (Amicus or CSL-JSON) and import with the user's choices. */
export function createTransferHandlers(
  access: LibraryAccess,
  host: Host,
): Pick<Handlers, TransferChannel> {
  let pending: PendingImport | null = null;

  const pendingFor = (importId: string): PendingImport => {
    if (!pending || pending.importId !== importId)
      throw new AppError(
        'not-found',
        'That import is no longer open (another file was opened, or it was imported). Open the file again.',
      );
    return pending;
  };
  const choices = (resolutions: { key: string; choice: Resolution }[]) =>
    new Map(resolutions.map(({ key, choice }) => [key, choice]));
  const preview = (opened: PendingImport, tally: ImportTally): ImportPreview => ({
    importId: opened.importId,
    fileName: opened.fileName,
    format: opened.format,
    scope: opened.scope,
    exportedAt: opened.exportedAt,
    new: tally.added,
    same: tally.same,
    conflicts: tally.conflicts,
    unmapped: opened.unmapped,
  });

  return {
    'library:export': async ({ matterId, includeSample, format }) => {
      const library = access.library;
      const scope = { matterId, includeSample };
      const stem = `${matterId === undefined ? 'Amicus library' : safeFileStem(library.matters.get(matterId).name, 'Matter')} ${today()}`;
      const { file, deletedCitations } = exportLibrary(library, scope);
      const counts = {
        matters: file.matters.length,
        authorities: file.authorities.length,
        facts: file.facts.length,
        snippets: file.snippets.length,
        briefs: file.briefs.length,
      };
      if (format === 'csl-json') {
        const items = exportCslJson(file);
        const bytes = Buffer.from(`${JSON.stringify(items, null, 2)}\n`, 'utf8');
        return {
          delivery: await host.deliverLibraryFile(
            `${stem} authorities${CSL_JSON_EXTENSION}`,
            bytes,
            'csl-json',
          ),
          counts: { matters: 0, authorities: items.length, facts: 0, snippets: 0, briefs: 0 },
          deletedCitations: 0,
        };
      }
      const bytes = Buffer.from(`${JSON.stringify(file, null, 1)}\n`, 'utf8');
      return {
        delivery: await host.deliverLibraryFile(
          `${stem}${LIBRARY_FILE_EXTENSION}`,
          bytes,
          'amicus',
        ),
        counts,
        deletedCitations,
      };
    },
    'library:import-open': async ({ fileName, base64 }) => {
      const transfer = await readTransferFileOffThread(base64);
      const opened: PendingImport = {
        importId: randomUUID(),
        fileName,
        format: transfer.format,
        scope:
          transfer.format === 'csl-json'
            ? 'authorities in CSL-JSON'
            : transfer.file.scope.kind === 'library'
              ? 'a whole library'
              : `the matter “${transfer.file.scope.name}”`,
        exportedAt: transfer.format === 'amicus' ? transfer.file.exportedAt : null,
        source: importSourceOf(transfer),
        unmapped: transfer.format === 'csl-json' ? transfer.unmapped : [],
      };
      const tally = previewImport(access.library, opened.source, new Map());
      pending = opened;
      return preview(opened, tally);
    },
    'library:import-preview': ({ importId, resolutions }) => {
      const opened = pendingFor(importId);
      return preview(opened, previewImport(access.library, opened.source, choices(resolutions)));
    },
    'library:import-apply': async ({ importId, resolutions }) => {
      const opened = pendingFor(importId);
      const backup = await access.backUp('before-import');
      const tally = applyImport(access.library, opened.source, choices(resolutions));
      pending = null;
      return {
        added: tally.added,
        same: tally.same,
        replaced: tally.replaced,
        keptMine: tally.keptMine,
        unmapped: opened.unmapped,
        backup: backup.name,
        changedAuthorityIds: tally.changedAuthorityIds,
        changedBriefIds: tally.changedBriefIds,
      };
    },
  };
}
