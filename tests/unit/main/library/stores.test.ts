import { describe, expect, it } from 'vitest';
import { citation, editorState, paragraph, text } from '../../../../src/shared/brief/editor-json';
import { AuthorityFields } from '../../../../src/shared/library';
import { extractCitations } from '../../../../src/shared/citations/extract';
import {
  authorityFromExtracted,
  authorityKey,
} from '../../../../src/shared/citations/to-authority';
import { AppError } from '../../../../src/main/errors';
import { tempLibrary } from '../../../helpers/temp-library';

const gatimi = AuthorityFields.parse({
  kind: 'case',
  name: 'Gatimi v. Holder',
  shortName: 'Gatimi',
  volume: '578',
  reporter: 'F.3d',
  firstPage: '611',
  court: '7th Cir.',
  year: 2009,
});

const citing = (authorityId: number) =>
  JSON.stringify(
    editorState([
      paragraph(text('As this Court held, '), citation({ authorityId, pin: '615' }), text('.')),
    ]),
  );

describe('authorities', () => {
  it('finds a section of the INA whether the text cites it by the Act or by 8 U.S.C.', () => {
    const { library } = tempLibrary();
    const asylum = library.authorities.create(
      AuthorityFields.parse({ kind: 'statute', code: 'INA', section: '208(b)(1)' }),
    );
    const found = extractCitations('INA § 208(b)(1); 8 U.S.C. § 1158(b)(1); 8 U.S.C. § 1158(a).');
    const keys = found.map((cite) => authorityKey(authorityFromExtracted(cite)!));
    expect(library.authorities.match(keys)).toEqual([asylum.id, asylum.id, null]);
  });

  it('creates, reads, updates and deletes', () => {
    const { library } = tempLibrary();
    const created = library.authorities.create(gatimi);
    expect(created).toMatchObject({ ...gatimi, id: expect.any(Number) });
    const updated = library.authorities.update(created.id, {
      ...gatimi,
      parenthetical: 'rejecting social visibility',
    });
    expect(updated.parenthetical).toBe('rejecting social visibility');
    expect(library.authorities.getMany([created.id, 999])).toHaveLength(1);
    library.authorities.delete(created.id);
    expect(() => library.authorities.get(created.id)).toThrow(AppError);
  });

  it('refuses to delete an authority a brief cites, naming the brief', () => {
    const { library } = tempLibrary();
    const authority = library.authorities.create(gatimi);
    library.briefs.create('Second Circuit rehearing brief', null, citing(authority.id));
    expect(() => library.authorities.delete(authority.id)).toThrow(
      /cited in “Second Circuit rehearing brief”/,
    );
    expect(library.authorities.get(authority.id).name).toBe('Gatimi v. Holder');
  });

  it('allows the deletion once the citation is gone from the brief, or the brief is deleted for good', () => {
    const { library } = tempLibrary();
    const authority = library.authorities.create(gatimi);
    const brief = library.briefs.create('Draft', null, citing(authority.id));
    library.briefs.save(
      brief.id,
      JSON.stringify(editorState([paragraph(text('No citations now.'))])),
    );
    library.authorities.delete(authority.id);

    const second = library.authorities.create(gatimi);
    const other = library.briefs.create('Other', null, citing(second.id));
    library.briefs.delete(other.id);
    // In the trash it may come back, citations and all: the authority stays until it is gone.
    expect(() => library.authorities.delete(second.id)).toThrow(/“Other” \(in the trash\)/);
    library.briefs.deleteForever(other.id);
    expect(() => library.authorities.delete(second.id)).not.toThrow();
  });
});

describe('briefs', () => {
  it('saves exactly what was typed, including odd Unicode, and lists newest first', () => {
    const { library } = tempLibrary();
    const first = library.briefs.create('First', null);
    const second = library.briefs.create('Second', null);
    const typed = JSON.stringify(
      editorState([
        paragraph(text('Ms. Çeçe — “young Albanian women” ‘who live alone’ 🙂 \u200b\u00a0§ 1158')),
      ]),
    );
    library.briefs.save(first.id, typed);
    expect(library.briefs.get(first.id).content).toBe(typed);
    expect(library.briefs.list().map((b) => b.title)).toEqual(['First', 'Second']);
    library.briefs.rename(second.id, 'Renamed');
    expect(library.briefs.list()[0]?.title).toBe('Renamed');
  });

  it('keeps the text even when it cites an authority deleted meanwhile', () => {
    const { library } = tempLibrary();
    const brief = library.briefs.create('Draft', null);
    const content = citing(424242);
    library.briefs.save(brief.id, content);
    expect(library.briefs.get(brief.id).content).toBe(content);
  });

  it('reports a missing brief as not-found', () => {
    const { library } = tempLibrary();
    expect(() => library.briefs.save(77, '')).toThrow(
      expect.objectContaining({ code: 'not-found' }),
    );
  });
});

describe('facts and snippets', () => {
  it('round-trip their fields and tags', () => {
    const { library } = tempLibrary();
    const matterId = library.matters.create({ name: 'Cece v. Holder' }).id;
    const fact = library.facts.create({
      matterId,
      text: 'She refused his advances.',
      recordCite: 'A.R. 116',
      source: 'Testimony',
      tags: ['persecutor', 'refusal'],
    });
    expect(library.facts.get(fact.id)).toMatchObject({
      recordCite: 'A.R. 116',
      tags: ['persecutor', 'refusal'],
    });
    const snippet = library.snippets.create({
      matterId: null,
      title: 'Standard',
      content: '{}',
      plainText: 'Immutable characteristic.',
      tags: [],
    });
    expect(
      library.snippets.update(snippet.id, { ...snippet, title: 'Acosta standard' }).title,
    ).toBe('Acosta standard');
    library.facts.delete(fact.id);
    library.snippets.delete(snippet.id);
    expect(() => library.facts.delete(fact.id)).toThrow(/does not exist/);
  });
});
