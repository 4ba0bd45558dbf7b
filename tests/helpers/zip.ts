import { constants, crc32, deflateRawSync } from 'node:zlib';

/** Offset, width in bytes and value of a little-endian field. */
type Field = [number, 2 | 4, number];

function header(length: number, signature: number, fields: Field[]): Buffer {
  const bytes = Buffer.alloc(length);
  for (const [at, width, value] of [[0, 4, signature] as Field, ...fields]) {
    if (width === 2) bytes.writeUInt16LE(value, at);
    else bytes.writeUInt32LE(value, at);
  }
  return bytes;
}

/**
 * A .zip holding one file, written by hand so that its content never has to exist whole: the
 * file is `head`, then `chunk` repeated `times` times. Each piece is deflated once and ends on a
 * byte boundary (a sync flush), so repeating the compressed piece repeats its content; a 1 MB
 * chunk 1,100 times makes a 1.1 GB file that compresses to about 1 MB.
 */
export function repeatingZip(name: string, head: string, chunk: Buffer, times: number): Buffer {
  const piece = (data: Buffer) =>
    deflateRawSync(data, { level: 9, finishFlush: constants.Z_SYNC_FLUSH });
  const repeated = piece(chunk);
  // An empty final block closes the deflate stream.
  const deflated = Buffer.concat([
    piece(Buffer.from(head)),
    ...Array.from({ length: times }, () => repeated),
    deflateRawSync(Buffer.alloc(0)),
  ]);
  let crc = crc32(head);
  for (let i = 0; i < times; i++) crc = crc32(chunk, crc);
  const size = Buffer.byteLength(head) + chunk.length * times;
  const fileName = Buffer.from(name);

  // PKWARE's APPNOTE: a local header (4.3.7) and a central directory header (4.3.12) share
  // their fields from "version needed" on; the central one has "version made by" before them.
  const shared = (at: number): Field[] => [
    [at, 2, 20], // version needed: deflate
    [at + 4, 2, 8], // method: deflate
    [at + 10, 4, crc],
    [at + 14, 4, deflated.length],
    [at + 18, 4, size],
    [at + 22, 2, fileName.length],
  ];
  const local = header(30, 0x04034b50, shared(4));
  // The local header's offset is 0: the file's only entry.
  const central = header(46, 0x02014b50, [[4, 2, 20], ...shared(6)]);
  const end = header(22, 0x06054b50, [
    [8, 2, 1],
    [10, 2, 1],
    [12, 4, central.length + fileName.length],
    [16, 4, local.length + fileName.length + deflated.length],
  ]);
  return Buffer.concat([local, fileName, deflated, central, fileName, end]);
}
