import { describe, expect, it } from 'vitest';
import { frameOf, newBlockKey, type BriefChanges } from '../../../src/shared/brief/blocks';
import { editorState, paragraph, text } from '../../../src/shared/brief/editor-json';
import { editedContent } from '../../../src/renderer/src/editor/plugins/autosave/pending';
import { tempLibrary } from '../../helpers/temp-library';

const doc = (...words: string[]) =>
  JSON.stringify(editorState(words.map((word) => paragraph(text(word)))));
const block = (words: string) => JSON.stringify(paragraph(text(words)));
const textsOf = (content: string) =>
  (
    JSON.parse(content) as { root: { children: { children: { text: string }[] }[] } }
  ).root.children.map((child) => child.children.map((inline) => inline.text).join(''));

describe('edits kept in the page, recovered into the brief as stored', () => {
  it('applies kept changes, whether or not the library saved them before the page went', () => {
    const { library } = tempLibrary();
    const brief = library.briefs.create('Kept', null, doc('One.', 'Two.', 'Three.'));
    const added = newBlockKey();
    const changes: BriefChanges = {
      kind: 'blocks',
      base: brief.revision,
      upsert: [
        { key: brief.blockKeys[0]!, json: block('One, typed while Amicus was down.') },
        { key: added, json: block('Added.') },
      ],
      remove: [brief.blockKeys[2]!],
      place: [{ key: added, after: brief.blockKeys[1]! }],
      count: 3,
    };
    const edit = { briefId: brief.id, at: new Date().toISOString(), id: 'k', changes };
    const recovered = editedContent(edit, brief);
    expect(textsOf(recovered!)).toEqual(['One, typed while Amicus was down.', 'Two.', 'Added.']);
    // Saved after all (the page closed before the answer): applying again changes nothing.
    expect(library.briefs.saveChanges(brief.id, changes).kind).toBe('saved');
    expect(editedContent(edit, library.briefs.get(brief.id))).toBe(
      library.briefs.get(brief.id).content,
    );
  });

  it('takes a whole save, or an edit kept by an Amicus before blocks, as the document', () => {
    const { library } = tempLibrary();
    const brief = library.briefs.create('Kept', null, '');
    const whole: BriefChanges = {
      kind: 'whole',
      frame: frameOf({ type: 'root', version: 1 }),
      blocks: [{ key: newBlockKey(), json: block('First words.') }],
    };
    const at = new Date().toISOString();
    expect(
      textsOf(editedContent({ briefId: brief.id, at, id: 'k', changes: whole }, brief)!),
    ).toEqual(['First words.']);
    expect(editedContent({ briefId: brief.id, at, content: doc('Old.') }, brief)).toBe(doc('Old.'));
    // Block changes to a brief kept whole cannot be placed: left kept rather than guessed at.
    const blocks: BriefChanges = {
      kind: 'blocks',
      base: 0,
      upsert: [{ key: newBlockKey(), json: block('x') }],
      remove: [],
      place: [],
      count: 1,
    };
    expect(editedContent({ briefId: brief.id, at, id: 'k', changes: blocks }, brief)).toBeNull();
  });
});
