import { renderBriefDocx } from '../../src/main/export/docx';
import { openLibrary, type Library } from '../../src/main/library';
import { seedDemoLibrary } from '../../src/main/library/seed';
import {
  citation,
  documentBlocks,
  editorState,
  footnote,
  heading,
  paragraph,
  text,
  type SerializedElement,
  type SerializedNode,
} from '../../src/shared/brief/editor-json';
import { readBlock, readBrief } from '../../src/shared/brief/reader';
import { PROFILES } from '../helpers/profiles';
import { random, words } from './generate';
import { percentile, type BenchContext } from './report';
import { join } from 'node:path';

interface Shape {
  label: string;
  words: number;
  citations: number;
  footnotes: number;
}

/** A brief of about the given size: argument paragraphs, headings, citations and footnotes spread through it. */
function briefContent(
  shape: Shape,
  authorityIds: readonly number[],
  seed: number,
  scale = 1,
): string {
  const rng = random(seed);
  const paragraphs = Math.ceil(shape.words / 110);
  const pick = () => authorityIds[Math.floor(rng() * authorityIds.length)]!;
  const blocks: SerializedElement[] = [];
  let citations = shape.citations;
  let footnotes = shape.footnotes;
  for (let i = 0; i < paragraphs; i++) {
    if (i % 8 === 0) blocks.push(heading(i === 0 ? 1 : 2, text(`${words(rng, 6)}.`)));
    const left = paragraphs - i;
    const children: SerializedNode[] = [];
    // Spread what is left evenly over the paragraphs left.
    const here = Math.round(citations / left);
    const notes = Math.round(footnotes / left);
    citations -= here;
    footnotes -= notes;
    const sentences = Math.max(here, 4);
    for (let s = 0; s < sentences; s++) {
      children.push(text(`${words(rng, Math.round(22 * scale))}. `));
      if (s < here - notes)
        children.push(citation({ authorityId: pick(), pin: String(100 + s) }), text('. '));
    }
    for (let n = 0; n < notes; n++)
      children.push(
        footnote(
          text(`${words(rng, Math.round(30 * scale))}. See `),
          citation({ authorityId: pick(), pin: '12' }),
          text('.'),
        ),
      );
    blocks.push(paragraph(...children));
  }
  return JSON.stringify(editorState(blocks));
}

function measure(library: Library, shape: Shape, authorityIds: readonly number[]) {
  const profile = PROFILES.get('ca7-merits')!;
  const count = (json: string) =>
    readBrief(
      documentBlocks(json).map(readBlock),
      () => 'Gatimi v. Holder, 578 F.3d 611, 615 (7th Cir. 2009)',
    ).words;
  // Citations add words of their own: shorten the prose so the whole comes to the target.
  const first = count(briefContent(shape, authorityIds, shape.words));
  const content = briefContent(shape, authorityIds, shape.words, shape.words / first);
  const brief = { ...library.briefs.create(shape.label, null, content), courtProfile: profile.id };
  const blocks = documentBlocks(content);
  const counted = count(content);
  const citations = blocks.flatMap(
    (block) => JSON.stringify(block.inlines).match(/"citation"/g) ?? [],
  ).length;
  return { brief, profile, counted, citations };
}

export async function benchExport({ dir, print }: BenchContext): Promise<void> {
  const library = openLibrary(join(dir, 'export.sqlite'));
  try {
    seedDemoLibrary(library);
    const authorityIds = library.db
      .prepare<[], { id: number }>('SELECT id FROM authorities ORDER BY id')
      .all()
      .map((row) => row.id);
    print('');
    print(
      'Word export (renderBriefDocx: body, footnotes, TA/TOA/TOC fields with cached entries, packed .docx)',
    );
    for (const shape of [
      { label: 'brief', words: 6500, citations: 150, footnotes: 30 },
      { label: 'long document', words: 30000, citations: 690, footnotes: 138 },
    ]) {
      const { brief, profile, counted, citations } = measure(library, shape, authorityIds);
      await renderBriefDocx(brief, library.authorities.getMany, profile); // warm up
      const times: number[] = [];
      let bytes = 0;
      const heapBefore = process.memoryUsage().heapUsed;
      let heapPeak = heapBefore;
      for (let run = 0; run < 7; run++) {
        const started = performance.now();
        const docx = await renderBriefDocx(brief, library.authorities.getMany, profile);
        times.push(performance.now() - started);
        bytes = docx.length;
        heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
      }
      print(
        `  ${shape.label}: ${counted.toLocaleString('en-US')} words (FRAP 32(f)), ${citations} citations, ${shape.footnotes} footnotes -> ${(bytes / 1024).toFixed(0)} KB .docx`,
      );
      print(
        `    time p50 ${percentile(times, 50).toFixed(0)} ms, max ${Math.max(...times).toFixed(0)} ms over ${times.length} runs; heap after runs +${((heapPeak - heapBefore) / 2 ** 20).toFixed(1)} MB; peak RSS of the benchmark process so far ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
      );
    }
    print('  targets: brief < 300 ms, 30,000-word document < 1 s');
  } finally {
    library.close();
  }
}
