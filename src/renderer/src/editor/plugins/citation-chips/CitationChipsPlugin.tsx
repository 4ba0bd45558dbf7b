import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { $getNearestNodeFromDOMNode, $getNodeByKey, type NodeKey } from 'lexical';
import { useContext, useEffect, useState } from 'react';
import type { CitationFields } from '../../../../../shared/brief/editor-json';
import { authorityCache } from '../../../library/authority-cache';
import { TreatmentTip, type TipPlace } from '../../../library/TreatmentTip';
import { CHIP_CLASS, drawCitationChip } from '../../nodes/citation-chip';
import { $isCitationNode, CitationNode } from '../../nodes/CitationNode';
import {
  DEFAULT_ACT_CITATIONS,
  DEFAULT_CITATION_STYLE,
  STANDALONE,
} from '../../../../../shared/citations/format';
import { CitationContext } from '../citation-forms/store';
import { CitationPopover } from './CitationPopover';

interface OpenCitation {
  key: NodeKey;
  anchor: HTMLElement;
  fields: CitationFields;
}

/**
 * Keeps every citation chip drawn as it now reads (its form as the brief's reading places it,
 * its authority as the library has it) and gives the chips what React gave each before: the
 * editor of a citation's use on click or Enter, and the treatment's text on hover or focus.
 */
export function CitationChipsPlugin() {
  const [editor] = useLexicalComposerContext();
  const context = useContext(CitationContext);
  const [open, setOpen] = useState<OpenCitation | null>(null);
  const [tip, setTip] = useState<{ text: string; place: TipPlace } | null>(null);

  useEffect(() => {
    // The citations on the page, kept as they come and go.
    const keys = new Set<NodeKey>();
    // Every chip whose authority, form or style changed is drawn again; the rest are compared.
    const redraw = (which: Iterable<NodeKey> = keys) =>
      editor.getEditorState().read(() => {
        for (const key of which) {
          const node = $getNodeByKey(key);
          const element = editor.getElementByKey(key);
          if (!$isCitationNode(node) || !element) continue;
          const fields = node.getFields();
          const authority = authorityCache.get(fields.authorityId);
          if (authority === undefined) authorityCache.request(fields.authorityId);
          drawCitationChip(element, {
            authority,
            fields,
            placement: context?.store.get().placements.get(key) ?? STANDALONE,
            style: context?.style ?? DEFAULT_CITATION_STYLE,
            act: context?.act ?? DEFAULT_ACT_CITATIONS,
          });
        }
      });
    return mergeRegister(
      editor.registerMutationListener(
        CitationNode,
        (mutations) => {
          const added: NodeKey[] = [];
          for (const [key, mutation] of mutations) {
            if (mutation === 'destroyed') keys.delete(key);
            else if (mutation === 'created') {
              keys.add(key);
              added.push(key);
            }
          }
          // A citation added was drawn as it was created, in the form known then; its authority
          // may still need asking for.
          redraw(added);
        },
        { skipInitialization: false },
      ),
      authorityCache.subscribe(() => redraw()),
      context?.store.subscribe(() => redraw()) ?? (() => undefined),
    );
    // A new style or choice of parallel citation is a new context: every chip is drawn again.
  }, [editor, context]);

  useEffect(() => {
    const citationAt = (target: EventTarget | null): OpenCitation | null => {
      const chip = target instanceof Element ? target.closest(`.${CHIP_CLASS}[role=button]`) : null;
      const anchor = chip?.parentElement;
      if (!anchor) return null;
      return editor.read(() => {
        const node = $getNearestNodeFromDOMNode(anchor);
        return $isCitationNode(node)
          ? { key: node.getKey(), anchor, fields: node.getFields() }
          : null;
      });
    };
    const toggle = (event: Event, citation: OpenCitation) => {
      event.preventDefault();
      event.stopPropagation();
      setOpen((current) => (current?.key === citation.key ? null : citation));
    };
    const onClick = (event: MouseEvent) => {
      const citation = citationAt(event.target);
      if (citation) toggle(event, citation);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      const citation = citationAt(event.target);
      if (citation) toggle(event, citation);
    };
    const showTip = (event: Event) => {
      const mark = event.target instanceof Element ? event.target.closest('.treatment-mark') : null;
      const text = mark?.getAttribute('aria-description');
      if (mark && text) setTip({ text, place: mark.getBoundingClientRect() });
    };
    const hideTip = (event: Event) => {
      if (event.target instanceof Element && event.target.closest('.treatment-mark')) setTip(null);
    };
    return editor.registerRootListener((root, previous) => {
      const listeners = [
        ['click', onClick],
        ['keydown', onKeyDown],
        ['mouseover', showTip],
        ['focusin', showTip],
        ['mouseout', hideTip],
        ['focusout', hideTip],
      ] as const;
      // Captured, so the editor's own handling of the key or click does not come first.
      for (const [type, listener] of listeners) {
        previous?.removeEventListener(type, listener as EventListener, true);
        root?.addEventListener(type, listener as EventListener, true);
      }
    });
  }, [editor]);

  // The open chip says so, to assistive technology.
  useEffect(() => {
    if (!open) return;
    open.anchor.dataset.open = 'true';
    open.anchor.querySelector(`.${CHIP_CLASS}`)?.setAttribute('aria-expanded', 'true');
    return () => {
      delete open.anchor.dataset.open;
      open.anchor.querySelector(`.${CHIP_CLASS}`)?.setAttribute('aria-expanded', 'false');
    };
  }, [open]);

  const update = (use: Partial<Omit<CitationFields, 'authorityId'>>) =>
    editor.update(() => {
      const node = open && $getNodeByKey(open.key);
      if ($isCitationNode(node)) node.setUse(use);
    });
  const remove = () => {
    if (open) editor.update(() => $getNodeByKey(open.key)?.remove());
    setOpen(null);
    editor.focus();
  };

  return (
    <>
      {open && (
        <CitationPopover
          anchor={open.anchor}
          fields={open.fields}
          onChange={update}
          onRemove={remove}
          onClose={() => setOpen(null)}
        />
      )}
      {tip && <TreatmentTip text={tip.text} place={tip.place} />}
    </>
  );
}
