import { act } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { CitationUsesStore } from '../../../src/renderer/src/editor/plugins/citation-forms/store';
import { BriefReadingPlugin } from '../../../src/renderer/src/editor/plugins/reading/BriefReadingPlugin';
import { authorityCache } from '../../../src/renderer/src/library/authority-cache';
import { citation, editorState, paragraph, text } from '../../../src/shared/brief/editor-json';
import { DEFAULT_ACT_CITATIONS } from '../../../src/shared/citations/styles';
import { CARDOZA, record } from '../../fixtures/authorities';
import { mountEditor, storedBlocks, unmountEditors } from '../../helpers/editor';

const cardoza = record(CARDOZA);
beforeAll(() => authorityCache.put(cardoza));
afterEach(unmountEditors);

describe('citation chips', () => {
  it('opens the editor of a citation’s use on click and writes its pin cite', async () => {
    const { editor, content } = mountEditor(
      JSON.stringify(
        editorState([paragraph(text('See '), citation({ authorityId: cardoza.id }), text('.'))]),
      ),
      <BriefReadingPlugin onOutline={() => undefined} onStats={() => undefined} />,
      { store: new CitationUsesStore(), style: 'federal', act: DEFAULT_ACT_CITATIONS },
    );
    const chip = content.querySelector<HTMLElement>('.citation[role=button]');
    expect(chip?.getAttribute('aria-label')).toMatch(/^Citation: INS v\. Cardoza-Fonseca/);
    act(() => chip?.click());
    const dialog = document.querySelector('[role=dialog][aria-label="Edit citation"]');
    expect(dialog).not.toBeNull();
    expect(content.querySelector('.citation')?.getAttribute('aria-expanded')).toBe('true');
    const pin = dialog?.querySelectorAll('input')[1] as HTMLInputElement;
    act(() => {
      // As typing does: through the input's own setter, which React listens behind.
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(pin, '440');
      pin.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(() =>
      vi.waitFor(() =>
        expect(content.querySelector('.citation')?.textContent).toContain('421, 440 (1987)'),
      ),
    );
    expect(storedBlocks(editor)[0]?.inlines[1]).toMatchObject({ kind: 'citation', pin: '440' });
  });
});
