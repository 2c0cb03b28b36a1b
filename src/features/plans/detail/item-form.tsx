import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiRequestError } from '@/api/client';
import { planApi } from '@/api/queries/plans';
import type {
  FuzzyDate,
  PlanItemInput,
  PlanItemWithFulfilment,
  PlanWithFulfilment,
} from '@/api/schemas';
import { EntityMultiPicker } from '@/components/entity-picker';
import { toastStore } from '@/lib/toasts';
import { FormActions } from '../components/form-actions';
import { FuzzyDateField } from '../components/fuzzy-date-field';
import { PlaceHostFields, placeRefFor } from '../components/place-host-fields';
import { fieldErrorsOf, useErrorText } from '../lib/errors';
import { useNames } from '../lib/use-names';

interface Props {
  plan: PlanWithFulfilment;
  /** The item to edit; none to add one. */
  item?: PlanItemWithFulfilment;
  onDone: () => void;
}

/**
 * Adds or changes a plan item. The API checks what a form cannot (the item lies within the plan's
 * period, the host is a party to it) and each refusal is shown at its field.
 */
export function ItemForm({ plan, item, onDone }: Props) {
  const { t } = useTranslation('plans');
  const names = useNames();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const id = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [title, setTitle] = useState(item?.title ?? '');
  const [description, setDescription] = useState(item?.description ?? '');
  const [period, setPeriod] = useState<FuzzyDate>(
    item?.period ?? { start: plan.period.start, precision: 'year', approximate: false },
  );
  const [bodyIds, setBodyIds] = useState<string[]>(item?.bodyIds ?? []);
  const [hostPartyId, setHostPartyId] = useState(item?.hostPartyId ?? '');
  const [placeId, setPlaceId] = useState(item?.place?.placeId ?? '');
  const [recurring, setRecurring] = useState(item?.recurring ?? false);
  const [condition, setCondition] = useState(item?.condition ?? '');
  useEffect(() => headingRef.current?.focus(), []);

  const data = (): PlanItemInput => {
    return {
      planId: plan.id,
      title,
      description,
      bodyIds,
      period,
      place: placeRefFor(names, placeId, period.start, item?.place?.venue ?? ''),
      hostPartyId: hostPartyId || null,
      recurring,
      condition,
      carriedFromItemId: item?.carriedFromItemId ?? null,
      fromFollowUp: item?.fromFollowUp ?? null,
    };
  };
  const save = useMutation({
    mutationFn: () =>
      item ? planApi.updateItem(item.id, item.version, data()) : planApi.createItem(data()),
    meta: { silent: true },
    onSuccess: async () => {
      toastStore.show({ kind: 'success', message: item ? t('item.updated') : t('item.added') });
      await queryClient.invalidateQueries({ queryKey: ['plans'] });
      onDone();
    },
  });
  const errors = fieldErrorsOf(save.error, item ? 'data.' : '');
  const err = (...fields: string[]) => errorText.field(fields.map((f) => errors[f]).find(Boolean));
  const conflict = save.error instanceof ApiRequestError && save.error.status === 409;
  const known = [
    'title',
    'description',
    'period',
    'period.start',
    'period.end',
    'bodyIds',
    'hostPartyId',
    'place.placeId',
    'condition',
  ];
  const other = Object.keys(errors).filter((f) => !known.includes(f));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  const fieldProps = (name: string, ...fields: string[]) => {
    const message = err(name, ...fields);
    return message
      ? { 'aria-invalid': true as const, 'aria-describedby': `${id}-${name}-error` }
      : {};
  };
  const message = (name: string, ...fields: string[]) => {
    const text = err(name, ...fields);
    return text ? (
      <p id={`${id}-${name}-error`} className="field-error">
        {text}
      </p>
    ) : null;
  };

  return (
    <form
      className="panel item-form"
      onSubmit={submit}
      aria-labelledby={`${id}-heading`}
      noValidate
    >
      <h3 id={`${id}-heading`} ref={headingRef} tabIndex={-1}>
        {item ? t('item.editTitle', { title: item.title }) : t('item.addTitle')}
      </h3>
      <label className="stacked">
        <span>
          {t('item.titleField')} <span aria-hidden="true">*</span>
        </span>
        <input
          value={title}
          required
          onChange={(e) => setTitle(e.target.value)}
          {...fieldProps('title')}
        />
      </label>
      {message('title')}
      <FuzzyDateField
        legend={t('item.period')}
        value={period}
        onChange={setPeriod}
        error={err('period.start', 'period.end', 'period')}
      />
      <EntityMultiPicker
        kind="body"
        label={t('item.bodies')}
        value={bodyIds}
        onChange={setBodyIds}
        party={plan.partyIds}
        error={err('bodyIds')}
      />
      <PlaceHostFields
        partyIds={plan.partyIds}
        date={period.start}
        hostPartyId={hostPartyId}
        placeId={placeId}
        onChange={(next) => {
          setHostPartyId(next.hostPartyId);
          setPlaceId(next.placeId);
        }}
        hostError={err('hostPartyId')}
        placeError={err('place', 'place.placeId')}
      />
      <label className="stacked">
        <span>{t('item.condition')}</span>
        <input
          value={condition}
          onChange={(e) => setCondition(e.target.value)}
          placeholder={t('item.conditionHint')}
          {...fieldProps('condition')}
        />
      </label>
      {message('condition')}
      <label className="stacked">
        <span>{t('item.description')}</span>
        <textarea
          rows={2}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
          {...fieldProps('description')}
        />
      </label>
      {message('description')}
      <label className="checkbox">
        <input
          type="checkbox"
          checked={recurring}
          onChange={(e) => setRecurring(e.target.checked)}
        />
        <span>{t('item.recurringLabel')}</span>
      </label>
      {(conflict || (save.isError && !Object.keys(errors).length) || other.length > 0) && (
        <p className="field-error" role="alert">
          {conflict
            ? t('item.conflict')
            : other.length
              ? `${other[0]}: ${errorText.field(errors[other[0] as string])}`
              : errorText.request(save.error)}
        </p>
      )}
      <FormActions submitLabel={item ? t('common:actions.save') : t('item.add')} pending={save.isPending} onCancel={onDone} />
    </form>
  );
}
