import { editorState, heading, paragraph, text, type SerializedEditorState } from './editor-json';
import { WRITTEN_SECTIONS, type CourtProfile } from './profiles';

/**
 * A new brief's written sections, in the order FRAP 29(a)(4) and the court's profile file them,
 * each a heading with an empty paragraph to write in. Generated sections (cover, tables,
 * statements, certificates) are built from the brief's details and are not part of the text.
 */
export function briefSkeleton(profile: Pick<CourtProfile, 'sections'>): SerializedEditorState {
  return editorState(
    profile.sections.flatMap((section) => {
      const written = WRITTEN_SECTIONS[section];
      return written ? [heading(1, text(written.title)), paragraph()] : [];
    }),
  );
}
