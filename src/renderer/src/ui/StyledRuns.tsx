import type { Run } from '../../../shared/citations/runs';

/** Renders citation runs with their italics, exactly as the Word export writes them. */
export function StyledRuns({ runs }: { runs: readonly Run[] }) {
  return (
    <>
      {runs.map((run, index) =>
        run.italic ? <i key={index}>{run.text}</i> : <span key={index}>{run.text}</span>,
      )}
    </>
  );
}
