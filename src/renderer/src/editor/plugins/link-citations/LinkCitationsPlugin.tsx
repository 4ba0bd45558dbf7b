import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { COMMAND_PRIORITY_EDITOR, type NodeKey } from 'lexical';
import { useCallback, useEffect, useState } from 'react';
import type { LinkResult } from '../../../../../shared/citations/link';
import { plural } from '../../../../../shared/words';
import { errorMessage } from '../../../api';
import { addAuthorities } from '../../../library/add-authorities';
import { NewAuthoritiesList } from '../../../library/NewAuthoritiesList';
import { useNotify } from '../../../ui/toasts';
import { LINK_CITATIONS_COMMAND, OFFER_CITATION_LINKS_COMMAND } from '../../commands';
import { linkCitationsInEditor } from './link-in-editor';

type Shown =
  | { kind: 'offer'; blockKeys: NodeKey[]; recognised: number }
  | { kind: 'result'; blockKeys: NodeKey[] | null; result: LinkResult };

/**
 * "Link all citations", on the whole brief (the toolbar's command) or on text just pasted: the
 * citations the library holds become live citations; those it lacks are listed, to add and link.
 */
export function LinkCitationsPlugin() {
  const [editor] = useLexicalComposerContext();
  const notify = useNotify();
  const [shown, setShown] = useState<Shown | null>(null);
  const [busy, setBusy] = useState(false);

  const link = useCallback(
    async (blockKeys: NodeKey[] | null) => {
      setBusy(true);
      try {
        setShown({
          kind: 'result',
          blockKeys,
          result: await linkCitationsInEditor(editor, blockKeys),
        });
      } catch (error) {
        notify(errorMessage(error), 'error');
      } finally {
        setBusy(false);
      }
    },
    [editor, notify],
  );

  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(
          LINK_CITATIONS_COMMAND,
          ({ blockKeys }) => (void link(blockKeys), true),
          COMMAND_PRIORITY_EDITOR,
        ),
        editor.registerCommand(
          OFFER_CITATION_LINKS_COMMAND,
          (offer) => (setShown({ kind: 'offer', ...offer }), true),
          COMMAND_PRIORITY_EDITOR,
        ),
      ),
    [editor, link],
  );

  if (!shown) return null;
  const dismiss = (
    <button type="button" className="button button--small" onClick={() => setShown(null)}>
      Dismiss
    </button>
  );

  if (shown.kind === 'offer') {
    return (
      <div className="link-suggestion" role="region" aria-label="Pasted citations">
        <span className="link-suggestion__text">
          The pasted text holds {plural(shown.recognised, 'citation')}.
        </span>
        <button
          type="button"
          className="button button--small button--primary"
          disabled={busy}
          onClick={() => void link(shown.blockKeys)}
        >
          Link all citations
        </button>
        {dismiss}
      </div>
    );
  }

  const { result, blockKeys } = shown;
  const addAndLink = async () => {
    setBusy(true);
    try {
      await addAuthorities(result.unknown.map(({ fields }) => fields));
    } catch (error) {
      notify(errorMessage(error), 'error');
      setBusy(false);
      return;
    }
    await link(blockKeys);
  };
  return (
    <div className="link-report" role="region" aria-label="Linked citations">
      <p role="status">
        {result.linked > 0 || result.unknown.length > 0
          ? `Linked ${plural(result.linked, 'citation')} to ${plural(result.authorities, 'library authority', 'library authorities')}.`
          : 'No citation written as text was found to link.'}
        {result.unresolved > 0 &&
          ` ${plural(result.unresolved, 'other citation')} stayed text: a short form, Id. or supra whose full citation is not in the text, or a citation without its year.`}
      </p>
      {result.unknown.length > 0 && (
        <>
          <p>Not in the library yet, so still text:</p>
          <NewAuthoritiesList authorities={result.unknown} />
        </>
      )}
      <div className="link-report__actions">
        {result.unknown.length > 0 && (
          <button
            type="button"
            className="button button--small button--primary"
            disabled={busy}
            onClick={() => void addAndLink()}
          >
            Add to library and link
          </button>
        )}
        {dismiss}
      </div>
    </div>
  );
}
