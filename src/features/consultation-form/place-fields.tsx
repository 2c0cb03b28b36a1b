import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language, Place } from '@/api/schemas';
import { EntityPicker } from '@/components/entity-picker';
import { entryName, useDirectoryLookup } from '@/components/entity-name';
import { useLanguage } from '@/lib/i18n/use-language';
import { localize } from '@/lib/localized';
import { SelectField, TextField } from './form-controls';
import type { PlaceValues } from './form-values';
import { fieldId } from './validation';

/** A city's name on a day, in a language: Nur-Sultan in 2021, Astana again after September 2022. */
export function cityNameAt(place: Pick<Place, 'names'>, day: string, language: Language): string {
  const current =
    (day && place.names.find((n) => (!n.from || n.from <= day) && (!n.to || day <= n.to))) ||
    place.names.at(-1);
  return localize(current?.name, language);
}

interface PlaceFieldsProps {
  /** `place` or `followUps.0.place`. */
  name: string;
  legend: string;
  value: PlaceValues;
  onChange: (value: PlaceValues, changedKey: string) => void;
  onBlur: (key: string) => void;
  error: (key: string) => string | undefined;
  /** The day the place is named for, and the language of the record. */
  day: string;
  recordLanguage: Language;
  withVenue?: boolean;
}

/** A city from the directory (its name follows renames) or typed freely, its country, and a venue. */
export function PlaceFields({
  name,
  legend,
  value,
  onChange,
  onBlur,
  error,
  day,
  recordLanguage,
  withVenue = true,
}: PlaceFieldsProps) {
  const { t } = useTranslation('consultationForm');
  const language = useLanguage();
  const places = useDirectoryLookup('place');
  const parties = useDirectoryLookup('party');
  const countries = useMemo(() => {
    const list = [...parties.values()]
      .filter((p) => p.type === 'country')
      .map((p) => ({ value: p.code, label: entryName(p, language) }))
      .sort((a, b) => a.label.localeCompare(b.label, language));
    if (value.countryCode && !list.some((c) => c.value === value.countryCode))
      list.push({ value: value.countryCode, label: value.countryCode });
    return [{ value: '', label: t('place.noCountry') }, ...list];
  }, [parties, language, value.countryCode, t]);

  return (
    <fieldset className="cf-place">
      <legend>{legend}</legend>
      <div className="cf-grid">
        <EntityPicker
          kind="place"
          id={fieldId(`${name}.placeId`)}
          label={t('place.city')}
          hint={t('place.cityHint')}
          value={value.placeId}
          error={error(`${name}.placeId`)}
          onChange={(placeId) => {
            const place = placeId ? places.get(placeId) : undefined;
            onChange(
              place
                ? {
                    ...value,
                    placeId,
                    city: cityNameAt(place, day, recordLanguage),
                    countryCode: place.countryCode,
                  }
                : { ...value, placeId: null, city: '' },
              `${name}.placeId`,
            );
          }}
        />
        {!value.placeId && (
          <TextField
            name={`${name}.city`}
            label={t('place.freeCity')}
            value={value.city}
            error={error(`${name}.city`)}
            onChange={(city) => onChange({ ...value, city }, `${name}.city`)}
            onBlur={() => onBlur(`${name}.city`)}
          />
        )}
        <SelectField
          name={`${name}.countryCode`}
          label={t('place.country')}
          value={value.countryCode}
          error={error(`${name}.countryCode`)}
          options={countries}
          onChange={(countryCode) => onChange({ ...value, countryCode }, `${name}.countryCode`)}
        />
        {withVenue && (
          <TextField
            name={`${name}.venue`}
            label={t('place.venue')}
            value={value.venue}
            error={error(`${name}.venue`)}
            onChange={(venue) => onChange({ ...value, venue }, `${name}.venue`)}
            onBlur={() => onBlur(`${name}.venue`)}
          />
        )}
      </div>
    </fieldset>
  );
}
