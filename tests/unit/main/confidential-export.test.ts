import JSZip from 'jszip';
import { describe, expect, it, vi } from 'vitest';
import { createHandlers } from '../../../src/main/handlers';
import type { ExportResult } from '../../../src/shared/contract';
import { CANCELLING_HOST } from '../../helpers/hosts';
import { tempSession } from '../../helpers/temp-library';

/** The demo library behind main's handlers, with a host that counts the files it delivers. */
async function demo() {
  const { session } = tempSession();
  const deliverDocx = vi.fn(async (fileName: string, bytes: Uint8Array): Promise<ExportResult> => ({
    kind: 'download',
    fileName,
    base64: Buffer.from(bytes).toString('base64'),
  }));
  const h = createHandlers(session, { ...CANCELLING_HOST, deliverDocx });
  const [matter] = await h['matter:list']({});
  const [summary] = await h['brief:list']({});
  const brief = await h['brief:get']({ id: summary!.id });
  /** Puts `text` into the brief where `anchor` stands, as if typed there. */
  const write = async (anchor: string, text: string) => {
    expect(brief.content).toContain(anchor);
    brief.content = brief.content.replace(anchor, `${text}${anchor}`);
    await h['brief:save']({ id: brief.id, content: brief.content });
  };
  return { h, deliverDocx, matter: matter!, brief, write };
}

describe('the confidentiality guard on export', () => {
  it('lets the demo brief through untouched: it holds nothing marked or like an A-number', async () => {
    const { h, deliverDocx, brief } = await demo();
    expect((await h['brief:export-docx']({ id: brief.id })).kind).toBe('download');
    expect(deliverDocx).toHaveBeenCalledOnce();
  });

  it('stops an export whose footnote holds the client’s A-number, and writes nothing', async () => {
    const { h, deliverDocx, matter, brief, write } = await demo();
    await h['matter:update']({
      ...matter,
      confidential: [{ kind: 'a-number', value: 'A 012-345-678' }],
    });
    await write('The Board did so without asking', 'Her file, A012345678, shows it. ');
    const result = await h['brief:export-docx']({ id: brief.id });
    expect(result).toMatchObject({
      kind: 'confidential',
      findings: [
        {
          part: 'footnotes',
          kind: 'a-number',
          label: 'A-number, Cece v. Holder',
          found: 'A012345678',
        },
      ],
      lastRelease: null,
    });
    expect(deliverDocx).not.toHaveBeenCalled();
  });

  it('finds a confidential fact in the body and the client’s name in the document properties', async () => {
    const { h, matter, brief, write } = await demo();
    const [found] = (await h['library:search']({ text: 'parents left Albania', limit: 5 })).flatMap(
      (hit) => (hit.type === 'fact' ? [hit.fact] : []),
    );
    const fact = await h['fact:get']({ id: found!.id });
    await h['fact:update']({ ...fact, confidential: true });
    await h['matter:update']({ ...matter, confidential: [{ kind: 'name', value: 'Johana Cece' }] });
    await h['brief:rename']({ id: brief.id, title: 'Brief for Johana Cece' });
    await write('The Board rejected Ms. Cece’s claim', `${fact.text} `);
    const result = await h['brief:export-docx']({ id: brief.id });
    if (result.kind !== 'confidential') throw new Error(`exported: ${result.kind}`);
    expect(result.findings.map(({ part, kind }) => [part, kind])).toEqual(
      expect.arrayContaining([
        ['body', 'fact'],
        ['properties', 'name'],
      ]),
    );
  });

  it('exports anyway with the attorney’s reason, kept and shown the next time', async () => {
    const { h, deliverDocx, matter, brief, write } = await demo();
    await h['matter:update']({ ...matter, confidential: [{ kind: 'name', value: 'Reqi' }] });
    await write('The Board rejected Ms. Cece’s claim', 'Reqi stalked her. ');
    const released = await h['brief:export-docx']({
      id: brief.id,
      release: 'The persecutor is named in the published opinion.',
    });
    expect(released.kind).toBe('download');
    expect(deliverDocx).toHaveBeenCalledOnce();
    const bytes = Buffer.from(released.kind === 'download' ? released.base64 : '', 'base64');
    const document = await (
      await JSZip.loadAsync(bytes)
    )
      .file('word/document.xml')!
      .async('string');
    expect(document).toContain('Reqi stalked her.');

    const again = await h['brief:export-docx']({ id: brief.id });
    expect(again).toMatchObject({
      kind: 'confidential',
      lastRelease: { reason: 'The persecutor is named in the published opinion.', findings: 1 },
    });
  });
});
