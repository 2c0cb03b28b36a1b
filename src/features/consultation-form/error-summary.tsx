import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { fieldId } from './validation';

const rowLabels: Record<string, { row: string; fields: Record<string, string> }> = {
  delegations: {
    row: 'delegations.row',
    fields: {
      partyId: 'delegations.party',
      leadBodyId: 'delegations.leadBody',
      headPersonId: 'delegations.head',
      memberIds: 'delegations.members',
    },
  },
  outcomes: { row: 'outcomes.row', fields: { kind: 'outcomes.kind', text: 'outcomes.text' } },
  followUps: {
    row: 'followUps.row',
    fields: {
      text: 'followUps.text',
      due: 'followUps.due',
      condition: 'fields.condition',
      place: 'followUps.place',
      status: 'followUps.status',
    },
  },
  sources: {
    row: 'sources.row',
    fields: {
      url: 'sources.url',
      publisher: 'sources.publisher',
      publishedOn: 'sources.publishedOn',
      language: 'sources.language',
    },
  },
};

/** A field key as a person reads it: "delegations.1.leadBodyId" → "Delegation 2 — Lead body". */
export function describeField(key: string, t: TFunction<'consultationForm'>): string {
  const [top = '', second, third] = key.split('.');
  const rows = rowLabels[top];
  if (rows && second !== undefined && /^\d+$/.test(second)) {
    const row = t(rows.row, { n: Number(second) + 1 });
    const field = third ? rows.fields[third] : undefined;
    return field ? `${row} — ${t(field)}` : row;
  }
  if (key === 'date.end') return t('dateField.end');
  if (top === 'place' && second)
    return `${t('fields.place')} — ${t(`place.${second === 'placeId' ? 'city' : second === 'city' ? 'freeCity' : second === 'countryCode' ? 'country' : 'venue'}`)}`;
  return t(`fields.${top}`, { defaultValue: key });
}

/** Every problem of the form at the top, each a link to its field, announced when it appears. */
export function ErrorSummary({
  errors,
  message,
}: {
  errors: [string, string][];
  message: (code: string) => string;
}) {
  const { t } = useTranslation('consultationForm');
  if (!errors.length) return null;
  return (
    <div className="cf-error-summary" role="alert" aria-labelledby="cf-error-summary-title">
      <h2 id="cf-error-summary-title">{t('errorSummary', { count: errors.length })}</h2>
      <ul>
        {errors.map(([key, code]) => (
          <li key={key}>
            <a
              href={`#${fieldId(key)}`}
              onClick={(event) => {
                const target = document.getElementById(fieldId(key));
                if (!target) return;
                event.preventDefault();
                target.focus();
                target.scrollIntoView?.({ block: 'center' });
              }}
            >
              {describeField(key, t)}: {message(code)}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
