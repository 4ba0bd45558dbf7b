import { useState } from 'react';
import type { LibraryImportReport } from '../../../shared/library-file';
import type { Matter } from '../../../shared/library';
import { ExportLibraryDialog, ImportLibraryDialog } from './LibraryFileDialogs';

/** "Export library" and "Import library": the library as a file, to move or share it. */
export function LibraryFiles({
  matters,
  onImported,
}: {
  matters: Matter[];
  onImported(report: LibraryImportReport): void;
}) {
  const [open, setOpen] = useState<'export' | 'import' | null>(null);
  return (
    <div className="brief-list__more library-files">
      <button type="button" className="link-button" onClick={() => setOpen('export')}>
        Export library
      </button>
      <button type="button" className="link-button" onClick={() => setOpen('import')}>
        Import library
      </button>
      {open === 'export' && <ExportLibraryDialog matters={matters} onClose={() => setOpen(null)} />}
      {open === 'import' && (
        <ImportLibraryDialog onClose={() => setOpen(null)} onImported={onImported} />
      )}
    </div>
  );
}
