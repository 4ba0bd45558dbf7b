import { useState } from 'react';
import { DATA_LICENCES } from '../../../shared/citations/data/licences';
import { Dialog } from './Dialog';

/** "About Amicus…": the data the app ships from others, with the notices their licences ask for. */
export function AboutButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="link-button" onClick={() => setOpen(true)}>
        About Amicus…
      </button>
      {open && (
        <Dialog
          title="About Amicus"
          onClose={() => setOpen(false)}
          wide
          actions={
            <button type="button" className="button" onClick={() => setOpen(false)}>
              Close
            </button>
          }
        >
          <p>
            Amicus reads citations with tables derived from data by the Free Law Project, used under
            these licences:
          </p>
          {DATA_LICENCES.map((licence) => (
            <section key={licence.work} aria-label={`${licence.work} licence`}>
              <h3 className="about__work">
                {licence.work}, {licence.by} ({licence.url}, commit {licence.commit.slice(0, 12)})
              </h3>
              <pre className="about__licence">{licence.text}</pre>
            </section>
          ))}
        </Dialog>
      )}
    </>
  );
}
