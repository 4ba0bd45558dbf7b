import { generatedParts, type GeneratedSection } from '../../../shared/brief/generated';
import type { CourtProfile } from '../../../shared/brief/profiles';
import type { Brief } from '../../../shared/library';
import { Dialog } from '../ui/Dialog';

interface Props {
  brief: Brief;
  profile: CourtProfile;
  /** The written body's FRAP 32(f) count, before the generated statements. */
  words: number;
  onClose(): void;
}

/** The parts Amicus builds from the brief's details, as they will read in the filing. */
export function GeneratedPreviewDialog({ brief, profile, words, onClose }: Props) {
  const parts = generatedParts(brief.metadata, profile, words);
  const sections: GeneratedSection[] = [
    parts.cover,
    parts.disclosure,
    parts.authority,
    parts.rule29,
    parts.signature,
    parts.compliance,
    parts.service,
  ];
  return (
    <Dialog
      title="Generated parts of the brief"
      onClose={onClose}
      wide
      actions={
        <button type="button" className="button button--primary" onClick={onClose}>
          Close
        </button>
      }
    >
      {sections.map((section) => (
        <section key={section.section} className="generated" aria-label={section.title}>
          <h3 className="generated__title">{section.title}</h3>
          <div className={`generated__page generated__page--${section.section}`}>
            {section.paragraphs.map((paragraph, index) => (
              <p
                key={index}
                className={[paragraph.center && 'is-center', paragraph.bold && 'is-bold']
                  .filter(Boolean)
                  .join(' ')}
              >
                {paragraph.text}
              </p>
            ))}
          </div>
        </section>
      ))}
    </Dialog>
  );
}
