/** The ministry whose log this is; its own party is never a "counterpart". */
export const HOME_PARTY_CODE = 'KZ';

interface PartyLike {
  code?: string | null | undefined;
  type: string;
}

/**
 * Who a consultation was held with, as the timeline groups it: a meeting within an organisation
 * (CIS, SCO) is with the organisation; otherwise each foreign party. Unknown ids are kept, so a
 * row never loses a side while the directory loads.
 */
export function counterpartIds(
  partyIds: readonly string[],
  parties: ReadonlyMap<string, PartyLike>,
): string[] {
  const others = partyIds.filter((id) => parties.get(id)?.code !== HOME_PARTY_CODE);
  const organisations = others.filter((id) => parties.get(id)?.type === 'organisation');
  if (organisations.length) return organisations;
  return others.length ? others : [...partyIds];
}
