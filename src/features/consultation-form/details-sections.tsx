import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  consultationFormats,
  consultationKinds,
  consultationLevels,
  consultationStatuses,
  languages,
} from '@/api/schemas';
import { EntityMultiPicker, EntityPicker } from '@/components/entity-picker';
import { CreateEntry, type CreateRequest } from './create-entry';
import { DateFields } from './date-fields';
import { useFormApi } from './form-context';
import { SelectField, TextField } from './form-controls';
import type { FormValues } from './form-values';
import { PlaceFields } from './place-fields';
import { PlanItemField } from './plan-item-field';
import { fieldId } from './validation';

/** Title, kind, level, format, status, date, condition and place: what and when. */
export function WhatAndWhenSection() {
  const { t } = useTranslation('consultationForm');
  const { values, update, touch, error } = useFormApi();
  const set = <K extends keyof FormValues>(key: K, value: FormValues[K], touchNow = false) =>
    update(key, (v) => ({ ...v, [key]: value }), { touch: touchNow });
  const showCondition = values.status === 'planned' || values.condition.trim() !== '';
  return (
    <section className="cf-section" aria-labelledby="cf-what-title">
      <h2 id="cf-what-title">{t('sections.what')}</h2>
      <TextField
        name="title"
        label={t('fields.title')}
        required
        value={values.title}
        error={error('title')}
        onChange={(title) => set('title', title)}
        onBlur={() => touch('title')}
      />
      <div className="cf-grid">
        <SelectField
          name="kind"
          label={t('fields.kind')}
          value={values.kind}
          options={consultationKinds.map((k) => ({ value: k, label: t(`common:kind.${k}`) }))}
          onChange={(kind) => update('kind', (v) => ({ ...v, kind }), { touch: true })}
        />
        <SelectField
          name="level"
          label={t('fields.level')}
          value={values.level}
          options={consultationLevels.map((l) => ({ value: l, label: t(`common:level.${l}`) }))}
          onChange={(level) => set('level', level, true)}
        />
        <SelectField
          name="format"
          label={t('fields.format')}
          value={values.format}
          options={consultationFormats.map((f) => ({ value: f, label: t(`common:format.${f}`) }))}
          onChange={(format) => set('format', format, true)}
        />
        <SelectField
          name="status"
          label={t('fields.status')}
          value={values.status}
          options={consultationStatuses.map((s) => ({ value: s, label: t(`common:status.${s}`) }))}
          onChange={(status) => set('status', status, true)}
        />
      </div>
      <DateFields
        name="date"
        legend={t('fields.date')}
        required
        withEnd
        value={values.date}
        onChange={(date, key) =>
          update(key, (v) => ({ ...v, date }), {
            touch: key !== 'date.start' && key !== 'date.end',
          })
        }
        onBlur={touch}
        error={error}
      />
      {showCondition && (
        <TextField
          name="condition"
          label={t('fields.condition')}
          hint={t('conditionHint')}
          value={values.condition}
          error={error('condition')}
          onChange={(condition) => set('condition', condition)}
          onBlur={() => touch('condition')}
        />
      )}
      <PlaceFields
        name="place"
        legend={t('fields.place')}
        value={values.place}
        day={values.date.start}
        recordLanguage={values.language}
        onChange={(place, key) =>
          update(key, (v) => ({ ...v, place }), {
            touch: key.endsWith('placeId') || key.endsWith('countryCode'),
          })
        }
        onBlur={touch}
        error={error}
      />
      <div className="cf-grid">
        <EntityPicker
          kind="party"
          id={fieldId('hostPartyId')}
          label={t('fields.hostPartyId')}
          value={values.hostPartyId}
          error={error('hostPartyId')}
          onChange={(hostPartyId) => set('hostPartyId', hostPartyId, true)}
        />
      </div>
      <PlanItemField />
    </section>
  );
}

/** Topics, summary and the record's language. */
export function ContentSection() {
  const { t } = useTranslation('consultationForm');
  const { values, update, touch, error } = useFormApi();
  const [creating, setCreating] = useState<CreateRequest | null>(null);
  return (
    <section className="cf-section" aria-labelledby="cf-content-title">
      <h2 id="cf-content-title">{t('sections.content')}</h2>
      <EntityMultiPicker
        kind="topic"
        id={fieldId('topicIds')}
        label={t('fields.topicIds')}
        value={values.topicIds}
        error={error('topicIds')}
        onChange={(topicIds) => update('topicIds', (v) => ({ ...v, topicIds }), { touch: true })}
        onCreate={(text) =>
          setCreating({
            kind: 'topic',
            text,
            onCreated: (id) =>
              update('topicIds', (v) => ({ ...v, topicIds: [...new Set([...v.topicIds, id])] }), {
                touch: true,
              }),
          })
        }
      />
      {creating && <CreateEntry request={creating} onClose={() => setCreating(null)} />}
      <TextField
        name="summary"
        label={t('fields.summary')}
        multiline
        rows={6}
        value={values.summary}
        error={error('summary')}
        onChange={(summary) => update('summary', (v) => ({ ...v, summary }))}
        onBlur={() => touch('summary')}
      />
      <SelectField
        name="language"
        label={t('fields.language')}
        hint={t('languageHint')}
        value={values.language}
        options={languages.map((l) => ({ value: l, label: t(`common:languages.${l}`) }))}
        onChange={(language) => update('language', (v) => ({ ...v, language }), { touch: true })}
      />
    </section>
  );
}
