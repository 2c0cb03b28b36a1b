import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { planningApi } from '@/api/queries/planning';
import {
  consultationFormats,
  type ConsultationFormat,
  type FollowUpRow,
  type FuzzyDate,
} from '@/api/schemas';
import { paths } from '@/lib/paths';
import { toastStore } from '@/lib/toasts';
import { FormActions } from '../components/form-actions';
import { TextField } from '../components/text-field';
import { FuzzyDateField } from '../components/fuzzy-date-field';
import { PlaceHostFields, placeRefFor } from '../components/place-host-fields';
import { fieldErrorsOf, useErrorText } from '../lib/errors';
import { useNames } from '../lib/use-names';

/**
 * A follow-up as a planned consultation, in one step (one commit on the API): the same sides and
 * bodies as the meeting that agreed on it, the agreed date, place and condition; the follow-up
 * then points at the new consultation.
 */
export function FollowUpToConsultation({ row, onDone }: { row: FollowUpRow; onDone: () => void }) {
  const { t } = useTranslation('plans');
  const names = useNames();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const id = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [title, setTitle] = useState(row.text.slice(0, 500));
  const [date, setDate] = useState<FuzzyDate>(
    row.due ?? {
      start: `${new Date().getFullYear() + 1}-01-01`,
      precision: 'year',
      approximate: false,
    },
  );
  const placeId = row.place?.placeId ?? '';
  const agreedCountry = row.place?.countryCode ?? names.places.get(placeId)?.countryCode;
  const [where, setWhere] = useState<{ hostPartyId: string; placeId: string } | null>(null);
  const place = where ?? {
    hostPartyId: row.partyIds.find((p) => names.parties.get(p)?.code === agreedCountry) ?? '',
    placeId,
  };
  const [condition, setCondition] = useState(row.condition);
  const [format, setFormat] = useState<ConsultationFormat>(
    placeId || row.place?.city ? 'in_person' : 'video',
  );
  useEffect(() => headingRef.current?.focus(), []);

  const create = useMutation({
    mutationFn: () =>
      planningApi.followUpToConsultation({
        consultationId: row.consultationId,
        followUpId: row.followUpId,
        title,
        date,
        place:
          placeRefFor(names, place.placeId, date.start) ??
          (row.place && !place.placeId ? row.place : null),
        hostPartyId: place.hostPartyId || null,
        condition,
        format,
      }),
    meta: { silent: true },
    onSuccess: async (consultation) => {
      toastStore.show({
        kind: 'success',
        message: t('followUps.consultationPlanned'),
        action: {
          label: t('followUps.openConsultation'),
          run: () => void navigate(paths.consultation(consultation.id)),
        },
      });
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['plans'] }),
        queryClient.invalidateQueries({ queryKey: ['consultations'] }),
      ]);
      onDone();
    },
  });
  const errors = fieldErrorsOf(create.error);
  const known = ['title', 'date.start', 'date.end', 'hostPartyId', 'place.placeId', 'condition'];
  const other = create.isError && !Object.keys(errors).some((f) => known.includes(f));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };
  return (
    <form className="panel" onSubmit={submit} aria-labelledby={`${id}-heading`} noValidate>
      <h3 id={`${id}-heading`} ref={headingRef} tabIndex={-1}>
        {t('followUps.toConsultationTitle')}
      </h3>
      <TextField label={t('followUps.consultationTitle')} value={title} onChange={setTitle} error={errors.title ? errorText.field(errors.title) : undefined} />
      <FuzzyDateField
        legend={t('followUps.date')}
        value={date}
        onChange={setDate}
        error={errorText.field(errors['date.start'] ?? errors['date.end'])}
      />
      <PlaceHostFields
        partyIds={row.partyIds}
        date={date.start}
        hostPartyId={place.hostPartyId}
        placeId={place.placeId}
        onChange={setWhere}
        hostError={errorText.field(errors.hostPartyId)}
        placeError={errorText.field(errors['place.placeId'])}
      />
      <label className="stacked">
        <span>{t('followUps.format')}</span>
        <select value={format} onChange={(e) => setFormat(e.target.value as ConsultationFormat)}>
          {consultationFormats.map((f) => (
            <option key={f} value={f}>
              {t(`common:format.${f}`)}
            </option>
          ))}
        </select>
      </label>
      <TextField label={t('item.condition')} value={condition} onChange={setCondition} />
      {other && (
        <p className="field-error" role="alert">
          {errors.followUpId ? errorText.field(errors.followUpId) : errorText.request(create.error)}
        </p>
      )}
      <FormActions submitLabel={t('followUps.planConsultation')} pending={create.isPending} onCancel={onDone} />
    </form>
  );
}
