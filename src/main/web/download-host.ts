import type { FileDelivery } from '../../shared/contract';
import type { Host } from '../handlers';

const download = async (fileName: string, bytes: Uint8Array): Promise<FileDelivery> => ({
  kind: 'download',
  fileName,
  base64: Buffer.from(bytes).toString('base64'),
});

/** The web host's delivery: every exported file travels back to the page as a download. */
export const DOWNLOAD_HOST: Host = { deliverDocx: download, deliverLibraryFile: download };
