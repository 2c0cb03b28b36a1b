import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNames, type Names } from '../lib/use-names';

/** Places in the parties' countries, by the name they had on `date`. */
export function placeOptions(names: Names, partyIds: readonly string[], date: string) {
  const codes = new Set(partyIds.map((id) => names.parties.get(id)?.code).filter(Boolean));
  return [...names.places.values()]
    .filter((p) => !p.deletedAt && codes.has(p.countryCode))
    .map((p) => ({ id: p.id, name: names.placeIdAt(p.id, date), countryCode: p.countryCode }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

interface Props {
  partyIds: readonly string[];
  /** The day whose names the places carry (Nur-Sultan in 2021, Astana in 2023). */
  date: string;
  hostPartyId: string;
  placeId: string;
  onChange: (next: { hostPartyId: string; placeId: string }) => void;
  hostError?: string;
  placeError?: string;
}

/**
 * Host and place together: choosing a host moves the place to its capital unless a place in the
 * host's country is already chosen; choosing a place in one party's country makes it the host.
 */
export function PlaceHostFields({
  partyIds,
  date,
  hostPartyId,
  placeId,
  onChange,
  hostError,
  placeError,
}: Props) {
  const { t } = useTranslation('plans');
  const names = useNames();
  const id = useId();
  const places = useMemo(() => placeOptions(names, partyIds, date), [names, partyIds, date]);
  const partyOfCountry = (code: string | undefined) =>
    partyIds.find((p) => names.parties.get(p)?.code === code) ?? '';

  const chooseHost = (next: string) => {
    const party = next ? names.parties.get(next) : undefined;
    const current = placeId ? names.places.get(placeId) : undefined;
    const keep = !party || current?.countryCode === party.code;
    onChange({ hostPartyId: next, placeId: keep ? placeId : (party.capitalPlaceId ?? placeId) });
  };
  const choosePlace = (next: string) => {
    const place = next ? names.places.get(next) : undefined;
    onChange({
      hostPartyId: place ? partyOfCountry(place.countryCode) || hostPartyId : hostPartyId,
      placeId: next,
    });
  };
  return (
    <div className="field-row">
      <label className="stacked">
        <span>{t('item.host')}</span>
        <select
          value={hostPartyId}
          onChange={(e) => chooseHost(e.target.value)}
          aria-invalid={Boolean(hostError) || undefined}
          aria-describedby={hostError ? `${id}-host-error` : undefined}
        >
          <option value="">{t('item.noHost')}</option>
          {partyIds.map((pid) => (
            <option key={pid} value={pid}>
              {names.party(pid)}
            </option>
          ))}
        </select>
        {hostError && (
          <span id={`${id}-host-error`} className="field-error">
            {hostError}
          </span>
        )}
      </label>
      <label className="stacked">
        <span>{t('item.place')}</span>
        <select
          value={placeId}
          onChange={(e) => choosePlace(e.target.value)}
          aria-invalid={Boolean(placeError) || undefined}
          aria-describedby={placeError ? `${id}-place-error` : undefined}
        >
          <option value="">{t('item.noPlace')}</option>
          {places.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
        {placeError && (
          <span id={`${id}-place-error`} className="field-error">
            {placeError}
          </span>
        )}
      </label>
    </div>
  );
}

/** A stored place reference for a chosen place, named as on `date`. */
export function placeRefFor(names: Names, placeId: string, date: string, venue = '') {
  const place = placeId ? names.places.get(placeId) : undefined;
  return place
    ? {
        placeId: place.id,
        city: names.placeIdAt(place.id, date),
        countryCode: place.countryCode,
        venue,
      }
    : null;
}
