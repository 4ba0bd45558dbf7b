import { formatCitation } from '../../../shared/citations/format';
import type { NewAuthority } from '../../../shared/citations/link';
import { StyledRuns } from '../ui/StyledRuns';

/** Authorities a text cites that the library lacks, as they would be added, with their uses. */
export function NewAuthoritiesList({ authorities }: { authorities: readonly NewAuthority[] }) {
  return (
    <ul className="new-authorities" aria-label="Authorities not in the library">
      {authorities.map(({ fields, written, uses }) => (
        <li key={written}>
          <StyledRuns runs={formatCitation(fields)} />{' '}
          <span className="new-authorities__uses">
            ({uses === 1 ? 'cited once' : `cited ${uses} times`})
          </span>
        </li>
      ))}
    </ul>
  );
}
