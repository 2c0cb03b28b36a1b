import { useTranslation } from 'react-i18next';
import { followUpStatuses, languages, outcomeKinds } from '@/api/schemas';
import { DateFields } from './date-fields';
import { removeAt, replaceAt, useFormApi } from './form-context';
import { RowFieldset, SelectField, TextField } from './form-controls';
import {
  emptyFollowUp,
  emptyOutcome,
  emptySource,
  type FollowUpValues,
  type OutcomeValues,
  type SourceValues,
} from './form-values';
import { PlaceFields } from './place-fields';

/** What was agreed, proposed or decided. */
export function OutcomesSection() {
  const { t } = useTranslation('consultationForm');
  const { values, update, touch, error } = useFormApi();
  const set = (
    i: number,
    field: keyof OutcomeValues,
    patch: Partial<OutcomeValues>,
    touchNow = false,
  ) =>
    update(`outcomes.${i}.${field}`, (v) => ({ ...v, outcomes: replaceAt(v.outcomes, i, patch) }), {
      touch: touchNow,
    });
  return (
    <section className="cf-section" aria-labelledby="cf-outcomes-title">
      <h2 id="cf-outcomes-title">{t('sections.outcomes')}</h2>
      {values.outcomes.length === 0 && <p className="field-hint">{t('outcomes.none')}</p>}
      {values.outcomes.map((o, i) => (
        <RowFieldset
          key={o.id}
          legend={t('outcomes.row', { n: i + 1 })}
          removeLabel={t('outcomes.remove', { n: i + 1 })}
          onRemove={() => update('outcomes', (v) => ({ ...v, outcomes: removeAt(v.outcomes, i) }))}
        >
          <SelectField
            name={`outcomes.${i}.kind`}
            label={t('outcomes.kind')}
            value={o.kind}
            error={error(`outcomes.${i}.kind`)}
            options={outcomeKinds.map((k) => ({ value: k, label: t(`common:outcomeKind.${k}`) }))}
            onChange={(kind) => set(i, 'kind', { kind }, true)}
          />
          <TextField
            name={`outcomes.${i}.text`}
            label={t('outcomes.text')}
            multiline
            required
            value={o.text}
            error={error(`outcomes.${i}.text`)}
            onChange={(text) => set(i, 'text', { text })}
            onBlur={() => touch(`outcomes.${i}.text`)}
          />
        </RowFieldset>
      ))}
      <button
        type="button"
        className="secondary"
        onClick={() =>
          update('outcomes', (v) => ({ ...v, outcomes: [...v.outcomes, emptyOutcome()] }))
        }
      >
        {t('outcomes.add')}
      </button>
    </section>
  );
}

/** Next steps agreed at the meeting: planners turn them into planned consultations. */
export function FollowUpsSection() {
  const { t } = useTranslation('consultationForm');
  const { values, update, touch, error } = useFormApi();
  const set = (i: number, key: string, patch: Partial<FollowUpValues>, touchNow = false) =>
    update(key, (v) => ({ ...v, followUps: replaceAt(v.followUps, i, patch) }), {
      touch: touchNow,
    });
  return (
    <section className="cf-section" aria-labelledby="cf-follow-ups-title">
      <h2 id="cf-follow-ups-title">{t('sections.followUps')}</h2>
      {values.followUps.length === 0 && <p className="field-hint">{t('followUps.none')}</p>}
      {values.followUps.map((f, i) => {
        const at = `followUps.${i}`;
        return (
          <RowFieldset
            key={f.id}
            legend={t('followUps.row', { n: i + 1 })}
            removeLabel={t('followUps.remove', { n: i + 1 })}
            onRemove={() =>
              update('followUps', (v) => ({ ...v, followUps: removeAt(v.followUps, i) }))
            }
          >
            <TextField
              name={`${at}.text`}
              label={t('followUps.text')}
              multiline
              required
              value={f.text}
              error={error(`${at}.text`)}
              onChange={(text) => set(i, `${at}.text`, { text })}
              onBlur={() => touch(`${at}.text`)}
            />
            <DateFields
              name={`${at}.due`}
              legend={t('followUps.due')}
              value={f.due}
              onChange={(due, key) => set(i, key, { due }, key !== `${at}.due.start`)}
              onBlur={touch}
              error={error}
            />
            <TextField
              name={`${at}.condition`}
              label={t('fields.condition')}
              hint={t('conditionHint')}
              value={f.condition}
              error={error(`${at}.condition`)}
              onChange={(condition) => set(i, `${at}.condition`, { condition })}
              onBlur={() => touch(`${at}.condition`)}
            />
            <PlaceFields
              name={`${at}.place`}
              legend={t('followUps.place')}
              value={f.place}
              day={f.due.start}
              recordLanguage={values.language}
              withVenue={false}
              onChange={(place, key) => set(i, key, { place }, true)}
              onBlur={touch}
              error={error}
            />
            <SelectField
              name={`${at}.status`}
              label={t('followUps.status')}
              value={f.status}
              options={followUpStatuses.map((s) => ({
                value: s,
                label: t(`common:followUpStatus.${s}`),
              }))}
              onChange={(status) => set(i, `${at}.status`, { status }, true)}
            />
          </RowFieldset>
        );
      })}
      <button
        type="button"
        className="secondary"
        onClick={() =>
          update('followUps', (v) => ({ ...v, followUps: [...v.followUps, emptyFollowUp()] }))
        }
      >
        {t('followUps.add')}
      </button>
    </section>
  );
}

/** Where the facts come from: web addresses only. */
export function SourcesSection() {
  const { t } = useTranslation('consultationForm');
  const { values, update, touch, error } = useFormApi();
  const set = (
    i: number,
    field: keyof SourceValues,
    patch: Partial<SourceValues>,
    touchNow = false,
  ) =>
    update(`sources.${i}.${field}`, (v) => ({ ...v, sources: replaceAt(v.sources, i, patch) }), {
      touch: touchNow,
    });
  const languageOptions = [
    { value: '' as const, label: t('sources.noLanguage') },
    ...languages.map((l) => ({ value: l, label: t(`common:languages.${l}`) })),
  ];
  return (
    <section className="cf-section" aria-labelledby="cf-sources-title">
      <h2 id="cf-sources-title">{t('sections.sources')}</h2>
      {values.sources.length === 0 && <p className="field-hint">{t('sources.none')}</p>}
      {values.sources.map((s, i) => {
        const at = `sources.${i}`;
        return (
          <RowFieldset
            key={s.key}
            legend={t('sources.row', { n: i + 1 })}
            removeLabel={t('sources.remove', { n: i + 1 })}
            onRemove={() => update('sources', (v) => ({ ...v, sources: removeAt(v.sources, i) }))}
          >
            <div className="cf-grid">
              <TextField
                name={`${at}.url`}
                label={t('sources.url')}
                hint={t('sources.urlHint')}
                type="url"
                inputMode="url"
                required
                value={s.url}
                error={error(`${at}.url`)}
                onChange={(url) => set(i, 'url', { url })}
                onBlur={() => touch(`${at}.url`)}
              />
              <TextField
                name={`${at}.publisher`}
                label={t('sources.publisher')}
                value={s.publisher}
                error={error(`${at}.publisher`)}
                onChange={(publisher) => set(i, 'publisher', { publisher })}
                onBlur={() => touch(`${at}.publisher`)}
              />
              <TextField
                name={`${at}.publishedOn`}
                label={t('sources.publishedOn')}
                type="date"
                value={s.publishedOn}
                error={error(`${at}.publishedOn`)}
                onChange={(publishedOn) => set(i, 'publishedOn', { publishedOn }, true)}
              />
              <SelectField
                name={`${at}.language`}
                label={t('sources.language')}
                value={s.language}
                options={languageOptions}
                onChange={(language) => set(i, 'language', { language }, true)}
              />
            </div>
          </RowFieldset>
        );
      })}
      <button
        type="button"
        className="secondary"
        onClick={() =>
          update('sources', (v) => ({ ...v, sources: [...v.sources, emptySource(v.language)] }))
        }
      >
        {t('sources.add')}
      </button>
    </section>
  );
}
