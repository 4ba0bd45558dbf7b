import { BriefMetadata } from './metadata';

/**
 * A follow-on brief's details: who files (the amici and their counsel, their disclosures and
 * interest) carries over; what belongs to the earlier case (its docket, caption, dates, service,
 * the Rule 29(a)(4)(E) answers, the route to filing) is cleared, and what was cleared is named so
 * the brief asks for it again until the attorney has looked.
 */
export function followOnMetadata(
  source: BriefMetadata,
  sourceTitle: string,
): { metadata: BriefMetadata; cleared: string[] } {
  const fresh = BriefMetadata.parse({});
  /** `always`: cleared and named even when it held the default, which is itself a claim. */
  const caseDetails: { label: string; keys: (keyof BriefMetadata)[]; always?: boolean }[] = [
    { label: 'docket number', keys: ['docketNumber'] },
    { label: 'court', keys: ['court'] },
    {
      label: 'caption',
      keys: ['petitioner', 'respondent', 'petitionerRole', 'respondentRole', 'proceedingBelow'],
    },
    { label: 'party supported', keys: ['partySupported'] },
    { label: 'en banc and petition', keys: ['enBanc', 'petition'] },
    // "All parties have consented" in one case says nothing of consent in the next.
    { label: 'authority to file', keys: ['authority'], always: true },
    { label: 'Rule 29(a)(4)(E) answers', keys: ['rule29'] },
    { label: 'filing date and deadline', keys: ['filingDate', 'timing'] },
    { label: 'service', keys: ['serviceList', 'serviceMethod'] },
  ];
  const metadata: BriefMetadata = { ...source, carriedFrom: null };
  const cleared: string[] = [];
  for (const { label, keys, always } of caseDetails) {
    const differs =
      always || keys.some((key) => JSON.stringify(source[key]) !== JSON.stringify(fresh[key]));
    if (!differs) continue;
    cleared.push(label);
    for (const key of keys) Object.assign(metadata, { [key]: fresh[key] });
  }
  metadata.carriedFrom = { title: sourceTitle, cleared };
  return { metadata, cleared };
}
