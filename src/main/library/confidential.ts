import type { ConfidentialTerms } from '../../shared/brief/confidential';
import { ConfidentialIdentifier } from '../../shared/library';
import { now } from './clock';
import type { Db } from './database';

/** The reason an attorney gave for exporting a brief over the confidentiality guard. */
export interface ConfidentialRelease {
  reason: string;
  findings: number;
  at: string;
}

/**
 * What the library marks confidential, in every matter (a client's identifier in another
 * matter's brief is the worst leak of all), and the releases an attorney gave over it.
 */
export function createConfidentialStore(db: Db) {
  const facts = db.prepare<[], { text: string; matter: string | null }>(
    `SELECT f.text, m.name AS matter FROM facts f LEFT JOIN matters m ON m.id = f.matter_id
      WHERE f.confidential = 1`,
  );
  const matters = db.prepare<[], { name: string; identifiers: string }>(
    `SELECT name, confidential_identifiers AS identifiers FROM matters
      WHERE confidential_identifiers <> '[]'`,
  );
  const insertRelease = db.prepare<[number, string, number, string]>(
    'INSERT INTO confidential_releases (brief_id, reason, findings, created_at) VALUES (?, ?, ?, ?)',
  );
  const lastRelease = db.prepare<[number], ConfidentialRelease>(
    `SELECT reason, findings, created_at AS at FROM confidential_releases
      WHERE brief_id = ? ORDER BY id DESC LIMIT 1`,
  );

  return {
    terms(): ConfidentialTerms {
      return {
        facts: facts.all().map((fact) => ({ text: fact.text, matter: fact.matter ?? 'General' })),
        identifiers: matters.all().flatMap((matter) =>
          ConfidentialIdentifier.array()
            .parse(JSON.parse(matter.identifiers))
            .map((identifier) => ({ ...identifier, matter: matter.name })),
        ),
      };
    },
    recordRelease(briefId: number, reason: string, findings: number): void {
      insertRelease.run(briefId, reason, findings, now());
    },
    lastRelease: (briefId: number): ConfidentialRelease | null => lastRelease.get(briefId) ?? null,
  };
}
