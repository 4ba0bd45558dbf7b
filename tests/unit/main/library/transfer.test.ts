import { describe, expect, it } from 'vitest';
import { MISSING_AUTHORITY } from '../../../../src/shared/brief/reader';
import { createHandlers, dispatch } from '../../../../src/main/handlers';
import type { Library } from '../../../../src/main/library';
import { exportLibrary, libraryUid } from '../../../../src/main/library/library-export';
import {
  applyImport,
  importSourceOf,
  previewImport,
  type ImportSource,
} from '../../../../src/main/library/library-import';
import { DOWNLOAD_HOST } from '../../../../src/main/web/download-host';
import {
  citation,
  citedAuthorityIds,
  documentBlocks,
  editorState,
  footnote,
  paragraph,
  text,
} from '../../../../src/shared/brief/editor-json';
import {
  readTransferFile,
  type LibraryFile,
  type Resolution,
} from '../../../../src/shared/library-file';
import { AuthorityFields } from '../../../../src/shared/library';
import type { RecordRef } from '../../../../src/shared/brief/record-cites';
import { tempSession } from '../../../helpers/temp-library';

/** Every row a library holds that an import could touch, to prove one changed nothing. */
function dump(library: Library): string {
  const tables = [
    'matters',
    'authorities',
    'facts',
    'snippets',
    'briefs',
    'brief_versions',
    'brief_citations',
    'record_origins',
  ];
  return JSON.stringify(
    tables.map((table) => library.db.prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).all()),
  );
}

function authorityId(library: Library, name: string): number {
  const row = library.db
    .prepare<[string], { id: number }>('SELECT id FROM authorities WHERE name = ?')
    .get(name);
  if (!row) throw new Error(`no authority ${name}`);
  return row.id;
}

/** The attorney's own matter beside the demo: facts, a snippet citing authorities, a brief. */
function addUserMatter(library: Library) {
  const matter = library.matters.create({ name: 'Doe v. Garland', docket: 'No. 24-1' });
  const facts = [
    library.facts.create({
      matterId: matter.id,
      text: 'Ms. Doe fled Honduras after the gang threatened her family.',
      recordCite: 'A.R. 12',
      source: '',
      tags: ['flight'],
    }),
    library.facts.create({
      matterId: null,
      text: 'Gangs control much of San Pedro Sula.',
      recordCite: '',
      source: 'State Dep’t Report',
      tags: [],
    }),
  ];
  const gatimi = authorityId(library, 'Gatimi v. Holder');
  const acosta = authorityId(library, 'Matter of Acosta');
  const content = JSON.stringify(
    editorState([
      paragraph(
        text('Visibility is not required. '),
        citation({ authorityId: gatimi, pin: '615' }),
        footnote(citation({ authorityId: acosta, pin: '233', signal: 'See' })),
      ),
    ]),
  );
  const snippet = library.snippets.create({
    matterId: matter.id,
    title: 'Doe: visibility',
    content,
    plainText: 'Visibility is not required.',
    tags: [],
  });
  const brief = library.briefs.create('Doe amicus brief', matter.id, content);
  library.briefs.keepVersion(brief.id, 4);
  library.briefs.save(
    brief.id,
    JSON.stringify(
      editorState([
        paragraph(text('Remand. '), citation({ authorityId: acosta })),
        paragraph(text('Ünïcödé ‮RTL‬ e\u0301 👩‍⚖️')),
      ]),
    ),
  );
  library.briefs.setCitationStyle(brief.id, 'bluebook');
  const trashed = library.briefs.create('Old draft', matter.id, '');
  library.briefs.delete(trashed.id);
  return { matter, facts, snippet, brief, gatimi, acosta };
}

/** The file as it travels: written as JSON text, read back through the validating reader. */
function travel(file: LibraryFile): ImportSource {
  return importSourceOf(readTransferFile(Buffer.from(JSON.stringify(file))));
}

const choices = (entries: [string, Resolution][] = []) => new Map(entries);

describe('exporting and importing a library', () => {
  it('brings a matter’s records into another library once, citations pointing at its authorities', () => {
    const home = tempSession().session.library;
    const user = addUserMatter(home);
    const away = tempSession().session.library;
    const { file } = exportLibrary(home, { includeSample: false });
    // Without the sample: only the cited demo authorities travel, marked as sample.
    expect(file.matters.map((matter) => matter.name)).toEqual(['Doe v. Garland']);
    expect(file.authorities.map((authority) => [authority.name, authority.sample])).toEqual([
      ['Matter of Acosta', true],
      ['Gatimi v. Holder', true],
    ]);
    expect(file.briefs.map((brief) => [brief.title, brief.deletedAt !== null])).toEqual([
      ['Doe amicus brief', false],
      ['Old draft', true],
    ]);

    const added = applyImport(away, travel(file), choices());
    expect(added.added).toEqual({ matter: 1, authority: 0, fact: 2, snippet: 1, brief: 2 });
    expect(added.same.authority).toBe(2);
    expect(added.conflicts).toEqual([]);

    const brief = away.briefs.list().find((summary) => summary.title === 'Doe amicus brief');
    if (!brief) throw new Error('brief not imported');
    const imported = away.briefs.get(brief.id);
    expect(imported.citationStyle).toBe('bluebook');
    expect(citedAuthorityIds(documentBlocks(imported.content))).toEqual([
      authorityId(away, 'Matter of Acosta'),
    ]);
    expect(imported.content).toContain('Ünïcödé ‮RTL‬ e\u0301 👩‍⚖️');
    const [version] = away.briefs.history(brief.id);
    expect(
      citedAuthorityIds(documentBlocks(away.briefs.version(version?.id ?? 0).content)),
    ).toEqual([authorityId(away, 'Gatimi v. Holder'), authorityId(away, 'Matter of Acosta')]);
    expect(away.briefs.trash().map((trashed) => trashed.title)).toEqual(['Old draft']);
    const snippet = away.search({ text: 'Doe', types: ['snippet'] });
    expect(snippet).toHaveLength(1);
    // The brief's citations are indexed, so a cited authority cannot be deleted under it.
    expect(() => away.authorities.delete(authorityId(away, 'Matter of Acosta'))).toThrow(
      /Doe amicus brief/,
    );
    expect(user.snippet.id).toBeGreaterThan(0);

    // The same file again: nothing new, nothing differs, nothing written but what was there.
    const before = dump(away);
    const again = applyImport(away, travel(file), choices());
    expect(again.added).toEqual({ matter: 0, authority: 0, fact: 0, snippet: 0, brief: 0 });
    expect(again.conflicts).toEqual([]);
    expect(dump(away)).toBe(before);
  });

  it('brings an archived matter over archived, with its records', () => {
    const home = tempSession({ seed: false }).session.library;
    const closed = home.matters.create({ name: 'Roe v. Bondi', docket: 'No. 22-9' });
    home.facts.create({
      matterId: closed.id,
      text: 'Ms. Roe was granted asylum.',
      recordCite: '',
      source: '',
      tags: [],
    });
    home.matters.setArchived(closed.id, true);
    const away = tempSession({ seed: false }).session.library;
    const report = applyImport(
      away,
      travel(exportLibrary(home, { includeSample: false }).file),
      choices(),
    );
    expect(report.added).toEqual({ matter: 1, authority: 0, fact: 1, snippet: 0, brief: 0 });
    const [arrived] = away.matters.list();
    expect([arrived?.name, arrived?.archivedAt]).toEqual([
      'Roe v. Bondi',
      home.matters.list()[0]?.archivedAt,
    ]);
    expect(arrived?.archivedAt).not.toBeNull();
    expect(arrived?.counts.facts).toBe(1);
  });

  it('carries what must stay out of filings: client identifiers and confidential facts', () => {
    const home = tempSession({ seed: false }).session.library;
    const aNumber = { kind: 'a-number', value: 'A 012-345-678' } as const;
    const matter = home.matters.create({ name: 'Doe v. Garland', confidential: [aNumber] });
    home.facts.create({
      matterId: matter.id,
      text: 'Ms. Doe was hospitalised in 2018.',
      recordCite: '',
      source: '',
      tags: [],
      confidential: true,
    });
    const file = exportLibrary(home, { includeSample: false }).file;
    const away = tempSession({ seed: false }).session.library;
    applyImport(away, travel(file), choices());
    // The guard on the other machine knows them: an export there stops at them too.
    expect(away.confidential.terms()).toEqual(home.confidential.terms());
    expect(away.confidential.terms().facts).toHaveLength(1);

    // Unmarked here, marked in the file: listed, and taking theirs marks it again.
    const [hit] = away.search({ text: 'hospitalised', types: ['fact'] });
    if (hit?.type !== 'fact') throw new Error('fact not imported');
    away.facts.update(hit.fact.id, { ...away.facts.get(hit.fact.id), confidential: false });
    const [awayMatter] = away.matters.list();
    if (!awayMatter) throw new Error('matter not imported');
    away.matters.update(awayMatter.id, { ...awayMatter, confidential: [] });
    const preview = previewImport(away, travel(file), choices());
    expect(preview.conflicts.map((conflict) => conflict.differences)).toEqual([
      [{ field: 'Client identifiers', mine: '', theirs: 'A-number: A 012-345-678' }],
      [{ field: 'Confidential', mine: 'No', theirs: 'Yes' }],
    ]);
    applyImport(
      away,
      travel(file),
      choices(preview.conflicts.map((conflict) => [conflict.key, 'theirs'])),
    );
    expect(away.confidential.terms()).toEqual(home.confidential.terms());
  });

  it('carries a record cite as a page map left it, even where its text reads otherwise', () => {
    const home = tempSession({ seed: false }).session.library;
    const fact = home.facts.create({
      matterId: null,
      text: 'The judge found her credible.',
      recordCite: 'A.R. 12',
      source: '',
      tags: [],
    });
    // The Seventh Circuit writes the certified record "A.R." too: the reference, not the text.
    const moved: RecordRef = { record: 'certified', pages: [{ first: 212, last: 213 }] };
    home.facts.setRecord(fact.id, 'A.R. 212–13', moved);
    const away = tempSession({ seed: false }).session.library;
    applyImport(away, travel(exportLibrary(home, { includeSample: false }).file), choices());
    const [arrived] = away.facts.inMatter(null);
    expect([arrived?.recordCite, arrived?.recordRef]).toEqual(['A.R. 212–13', moved]);
  });

  it('carries an authority’s treatment note, and lists one that differs', () => {
    const home = tempSession({ seed: false }).session.library;
    const note = 'Abrogated in part by Doe v. Garland (9th Cir. 2024) on nexus.';
    home.authorities.create(
      AuthorityFields.parse({
        kind: 'case',
        name: 'Gatimi v. Holder',
        volume: '578',
        reporter: 'F.3d',
        firstPage: '611',
        year: 2009,
        treatmentNote: note,
      }),
    );
    const file = exportLibrary(home, { includeSample: false }).file;
    const away = tempSession({ seed: false }).session.library;
    applyImport(away, travel(file), choices());
    const arrived = away.authorities.get(authorityId(away, 'Gatimi v. Holder'));
    expect(arrived.treatmentNote).toBe(note);
    away.authorities.update(arrived.id, { ...arrived, treatmentNote: '' });
    const preview = previewImport(away, travel(file), choices());
    expect(preview.conflicts.map((conflict) => conflict.differences)).toEqual([
      [{ field: 'Treatment note', mine: '', theirs: note }],
    ]);
  });

  it('finds records that went away and came back by their origin, whatever their ids became', () => {
    const home = tempSession().session.library;
    addUserMatter(home);
    const away = tempSession({ seed: false }).session.library;
    applyImport(away, travel(exportLibrary(home, { includeSample: true }).file), choices());
    expect(libraryUid(away)).not.toBe(libraryUid(home));
    // Edited away from home, then brought home: the same records, differing.
    const fact = away.search({ text: 'fled Honduras', types: ['fact'] })[0];
    if (fact?.type !== 'fact') throw new Error('fact not found');
    away.facts.update(fact.fact.id, {
      ...away.facts.get(fact.fact.id),
      text: 'Ms. Doe fled Honduras in 2019.',
    });
    const back = previewImport(
      home,
      travel(exportLibrary(away, { includeSample: true }).file),
      choices(),
    );
    expect(back.added).toEqual({ matter: 0, authority: 0, fact: 0, snippet: 0, brief: 0 });
    expect(back.conflicts.map((conflict) => [conflict.type, conflict.differences[0]])).toEqual([
      [
        'fact',
        {
          field: 'Text',
          mine: 'Ms. Doe fled Honduras after the gang threatened her family.',
          theirs: 'Ms. Doe fled Honduras in 2019.',
        },
      ],
    ]);
  });

  it('lists what differs and does what the user chose: keep mine, take theirs, keep both', () => {
    const home = tempSession().session.library;
    addUserMatter(home);
    const file = exportLibrary(home, { includeSample: false }).file;
    const away = tempSession().session.library;
    applyImport(away, travel(file), choices());
    const gatimi = away.authorities.get(authorityId(away, 'Gatimi v. Holder'));
    away.authorities.update(gatimi.id, { ...gatimi, parenthetical: 'Posner, J.' });
    const acosta = away.authorities.get(authorityId(away, 'Matter of Acosta'));
    away.authorities.update(acosta.id, { ...acosta, notes: 'Edited away.' });
    const brief = away.briefs.list().find((summary) => summary.title === 'Doe amicus brief');
    away.briefs.save(brief?.id ?? 0, JSON.stringify(editorState([paragraph(text('Mine.'))])));

    const preview = previewImport(away, travel(file), choices());
    // Labels are citations as printed, with their no-break spaces; read here with plain ones.
    const labels = preview.conflicts.map((c) => [c.type, c.label.replace(/\u00a0/g, ' ')]);
    expect(labels).toEqual([
      [
        'authority',
        'Matter of Acosta, 19 I. & N. Dec. 211 (BIA 1985), overruled in part on other grounds by Matter of Mogharrabi, 19 I. & N. Dec. 439 (BIA 1987)',
      ],
      ['authority', 'Gatimi v. Holder, 578 F.3d 611 (7th Cir. 2009) (Posner, J.)'],
      ['brief', 'Doe amicus brief'],
    ]);
    expect(preview.conflicts[1]?.differences).toEqual([
      { field: 'Parenthetical', mine: 'Posner, J.', theirs: '' },
    ]);

    // Unsettled, nothing is imported: no choice is made for the user.
    const before = dump(away);
    expect(() => applyImport(away, travel(file), choices())).toThrow(/no choice was made/);
    expect(dump(away)).toBe(before);

    const [acostaKey, gatimiKey, briefKey] = preview.conflicts.map((conflict) => conflict.key);
    const done = applyImport(
      away,
      travel(file),
      choices([
        [acostaKey ?? '', 'theirs'],
        [gatimiKey ?? '', 'mine'],
        [briefKey ?? '', 'both'],
      ]),
    );
    expect(done.replaced.authority).toBe(1);
    expect(done.keptMine).toBe(1);
    expect(done.added.brief).toBe(1);
    expect(away.authorities.get(acosta.id).notes).not.toBe('Edited away.');
    expect(away.authorities.get(gatimi.id).parenthetical).toBe('Posner, J.');
    expect(away.briefs.get(brief?.id ?? 0).content).toContain('Mine.');
    const copy = away.briefs
      .list()
      .find((summary) => summary.title === 'Doe amicus brief (imported)');
    expect(copy).toBeDefined();
    // The copy is the file's brief: importing the file again finds it and asks nothing of it.
    const third = previewImport(away, travel(file), choices([[gatimiKey ?? '', 'mine']]));
    expect(third.conflicts.map((conflict) => conflict.type)).toEqual(['authority']);
    expect(third.added.brief).toBe(0);
  });

  it('keeps the brief it replaces in its history when the user takes theirs', () => {
    const home = tempSession().session.library;
    addUserMatter(home);
    const file = exportLibrary(home, { includeSample: false }).file;
    const away = tempSession().session.library;
    applyImport(away, travel(file), choices());
    const brief = away.briefs.list().find((summary) => summary.title === 'Doe amicus brief');
    const id = brief?.id ?? 0;
    away.briefs.save(id, JSON.stringify(editorState([paragraph(text('Mine, replaced.'))])));
    const [conflict] = previewImport(away, travel(file), choices()).conflicts;
    applyImport(away, travel(file), choices([[conflict?.key ?? '', 'theirs']]));
    expect(away.briefs.get(id).content).toContain('Remand.');
    const kept = away.briefs.history(id).map((version) => away.briefs.version(version.id).content);
    expect(kept.some((content) => content.includes('Mine, replaced.'))).toBe(true);
  });

  it('makes what it brings searchable, each record once, a record it both added and replaced as replaced', () => {
    const home = tempSession({ seed: false }).session.library;
    const cite = { kind: 'case', volume: '901', reporter: 'F.4th', firstPage: '77' } as const;
    home.authorities.create(AuthorityFields.parse({ ...cite, name: 'Zelbrook v. Garland' }));
    home.authorities.create(AuthorityFields.parse({ ...cite, name: 'Zelbrook v. Holder' }));
    home.facts.create({
      matterId: null,
      text: 'Zelbrook was detained at the border.',
      recordCite: 'A.R. 9',
      source: '',
      tags: [],
    });
    const file = exportLibrary(home, { includeSample: false }).file;
    const away = tempSession().session.library;
    const indexed = (word: string) =>
      away.db
        .prepare("SELECT count(*) FROM search_index WHERE search_index MATCH ? || '*'")
        .pluck()
        .get(word);

    // The file's second authority has the first's cite: a conflict with what the import added.
    const preview = previewImport(away, travel(file), choices());
    expect(preview.conflicts.map((conflict) => conflict.label)).toEqual([
      'Zelbrook v. Garland, 901 F.4th 77',
    ]);
    expect(away.search({ text: 'zelbrook' })).toEqual([]);
    expect(indexed('zelbrook')).toBe(0);

    applyImport(away, travel(file), choices([[preview.conflicts[0]!.key, 'theirs']]));
    const found = away.search({ text: 'zelbrook' });
    expect(found.map((hit) => (hit.type === 'authority' ? hit.authority.name : hit.type))).toEqual([
      'Zelbrook v. Holder',
      'fact',
    ]);
    expect(indexed('zelbrook')).toBe(2);
    expect(away.search({ text: 'zelbrook garland' })).toEqual([]);
    expect(away.search({ text: 'border', types: ['fact'] })).toHaveLength(1);
    // Indexed once: deleting it leaves nothing of it in the index.
    away.authorities.delete(authorityId(away, 'Zelbrook v. Holder'));
    expect(indexed('zelbrook')).toBe(1);
  });

  it('rolls back a failure midway: the library is as it was', () => {
    const home = tempSession().session.library;
    addUserMatter(home);
    const file = exportLibrary(home, { includeSample: false }).file;
    const away = tempSession().session.library;
    // A real failure inside SQLite after matters, facts and snippets were written.
    away.db.exec(`CREATE TRIGGER fail_brief BEFORE INSERT ON briefs WHEN new.title = 'Old draft'
      BEGIN SELECT RAISE(ABORT, 'disk trouble'); END;`);
    const before = dump(away);
    expect(() => applyImport(away, travel(file), choices())).toThrow(/disk trouble/);
    expect(dump(away)).toBe(before);
    // A preview writes nothing either.
    away.db.exec('DROP TRIGGER fail_brief');
    previewImport(away, travel(file), choices());
    expect(dump(away)).toBe(before);
  });

  it('writes a citation of a deleted authority as text saying so, and counts it', () => {
    const library = tempSession({ seed: false }).session.library;
    const authority = library.authorities.create(
      AuthorityFields.parse({
        kind: 'case',
        name: 'Gone v. Here',
        volume: '1',
        reporter: 'F.4th',
        firstPage: '1',
        year: 2022,
      }),
    );
    library.snippets.create({
      matterId: null,
      title: 'Cites what is gone',
      content: JSON.stringify(editorState([paragraph(citation({ authorityId: authority.id }))])),
      plainText: '',
      tags: [],
    });
    library.authorities.delete(authority.id);
    const { file, deletedCitations } = exportLibrary(library, { includeSample: false });
    expect(deletedCitations).toBe(1);
    expect(file.snippets[0]?.content).toContain(MISSING_AUTHORITY);
    expect(file.snippets[0]?.content).not.toContain('authorityId');
    expect(() => travel(file)).not.toThrow();
  });
});

describe('the import channels', () => {
  it('exports through the host, previews, backs up, imports and reports', async () => {
    const home = tempSession();
    addUserMatter(home.session.library);
    const away = tempSession();
    const homeHandlers = createHandlers(home.session, DOWNLOAD_HOST);
    const awayHandlers = createHandlers(away.session, DOWNLOAD_HOST);
    const exported = await dispatch(homeHandlers, 'library:export', { matterId: 2 });
    if (!exported.ok) throw new Error(exported.error.message);
    const { delivery, counts } = exported.value as {
      delivery: { kind: string; fileName: string; base64: string };
      counts: Record<string, number>;
    };
    expect(delivery.fileName).toMatch(/^Doe v\. Garland \d{4}-\d{2}-\d{2}\.amicus-library\.json$/);
    expect(counts).toEqual({ matters: 1, authorities: 2, facts: 1, snippets: 1, briefs: 2 });

    const opened = await dispatch(awayHandlers, 'library:import-open', {
      fileName: delivery.fileName,
      base64: delivery.base64,
    });
    if (!opened.ok) throw new Error(opened.error.message);
    const preview = opened.value as {
      importId: string;
      scope: string;
      new: Record<string, number>;
    };
    expect(preview.scope).toBe('the matter “Doe v. Garland”');
    expect(preview.new).toEqual({ matter: 1, authority: 0, fact: 1, snippet: 1, brief: 2 });

    const applied = await dispatch(awayHandlers, 'library:import-apply', {
      importId: preview.importId,
    });
    if (!applied.ok) throw new Error(applied.error.message);
    const report = applied.value as { backup: string; added: Record<string, number> };
    expect(report.backup).toMatch(/-before-import\.sqlite$/);
    expect(away.session.status().backups.map((backup) => backup.reason)).toContain('before-import');
    // The import is done: the same id cannot be applied twice.
    const twice = await dispatch(awayHandlers, 'library:import-apply', {
      importId: preview.importId,
    });
    expect(twice).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('exports the authorities as CSL-JSON', async () => {
    const home = tempSession();
    const exported = await dispatch(createHandlers(home.session, DOWNLOAD_HOST), 'library:export', {
      format: 'csl-json',
      includeSample: true,
    });
    if (!exported.ok) throw new Error(exported.error.message);
    const { delivery } = exported.value as { delivery: { fileName: string; base64: string } };
    expect(delivery.fileName).toMatch(/authorities\.csl\.json$/);
    const items = JSON.parse(Buffer.from(delivery.base64, 'base64').toString('utf8')) as {
      type: string;
    }[];
    expect(items).toHaveLength(21);
    expect(new Set(items.map((item) => item.type))).toEqual(
      new Set(['legal_case', 'legislation', 'regulation', 'article-journal']),
    );
  });
});

describe('a CSL-JSON import', () => {
  it('fills what the library lacks and asks only where both sides say something different', () => {
    const library = tempSession().session.library;
    const items = [
      // The demo's Gatimi without a parenthetical or notes (CSL has no such variable), its court
      // spelled otherwise.
      {
        id: 'z1',
        type: 'legal_case',
        title: 'Gatimi v. Holder',
        'container-title': 'F.3d',
        volume: '578',
        page: '611',
        authority: '7th Cir.',
        issued: { 'date-parts': [[2009]] },
      },
      {
        id: 'z2',
        type: 'legal_case',
        title: 'Ayele v. Holder',
        'container-title': 'F.3d',
        volume: '564',
        page: '862',
        authority: 'U.S. Court of Appeals for the Seventh Circuit',
        issued: { 'date-parts': [[2009]] },
      },
    ];
    const source = importSourceOf(readTransferFile(Buffer.from(JSON.stringify(items))));
    const preview = previewImport(library, source, choices());
    expect(preview.same.authority).toBe(1);
    expect(preview.conflicts.map((conflict) => conflict.differences)).toEqual([
      [
        {
          field: 'Court',
          mine: '7th Cir.',
          theirs: 'U.S. Court of Appeals for the Seventh Circuit',
        },
      ],
    ]);
  });
});
