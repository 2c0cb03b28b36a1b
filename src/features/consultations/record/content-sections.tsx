import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { outcomeKinds, type Consultation } from '@/api/schemas';
import { formatDay } from '@/lib/i18n/format';
import { useLanguage } from '@/lib/i18n/use-language';
import { paths } from '@/lib/paths';
import { safeHref } from './safe-url';
import { useNames } from './use-names';

export function TopicsSection({ c }: { c: Consultation }) {
  const { t } = useTranslation('consultations');
  const names = useNames();
  return (
    <section aria-labelledby="record-topics" className="record-section">
      <h2 id="record-topics">{t('record.fields.topicIds')}</h2>
      {c.topicIds.length ? (
        <ul className="topic-list">
          {c.topicIds.map((id) => (
            <li key={id}>
              <Link to={paths.topic(id)}>{names.topic(id)}</Link>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('record.noTopics')}</p>
      )}
    </section>
  );
}

/** The summary as the analyst wrote it: plain text, line breaks kept; markup is shown, never run. */
export function SummarySection({ c }: { c: Consultation }) {
  const { t } = useTranslation('consultations');
  return (
    <section aria-labelledby="record-summary" className="record-section">
      <h2 id="record-summary">{t('record.fields.summary')}</h2>
      {c.summary ? (
        <p className="record-summary" lang={c.language}>
          {c.summary}
        </p>
      ) : (
        <p className="muted">{t('record.noSummary')}</p>
      )}
    </section>
  );
}

/** Outcomes grouped by kind: agreements, proposals, decisions. */
export function OutcomesSection({ c }: { c: Consultation }) {
  const { t } = useTranslation('consultations');
  const groups = outcomeKinds
    .map((kind) => ({ kind, items: c.outcomes.filter((o) => o.kind === kind) }))
    .filter((g) => g.items.length > 0);
  return (
    <section aria-labelledby="record-outcomes" className="record-section">
      <h2 id="record-outcomes">{t('record.fields.outcomes')}</h2>
      {groups.length === 0 && <p className="muted">{t('record.noOutcomes')}</p>}
      {groups.map((group) => (
        <div key={group.kind} className="outcome-group">
          <h3>{t(`record.outcomeGroup.${group.kind}`)}</h3>
          <ul>
            {group.items.map((o) => (
              <li key={o.id} lang={c.language}>
                {o.text}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

export function SourcesSection({ c }: { c: Consultation }) {
  const { t } = useTranslation('consultations');
  const { t: tCommon } = useTranslation();
  const language = useLanguage();
  return (
    <section aria-labelledby="record-sources" className="record-section">
      <h2 id="record-sources">{t('record.fields.sources')}</h2>
      {c.sources.length === 0 && <p className="muted">{t('record.noSources')}</p>}
      <ul className="sources">
        {c.sources.map((s, index) => {
          const href = safeHref(s.url);
          const label = s.publisher || s.url;
          return (
            <li key={`${s.url}-${index}`}>
              {href ? (
                <a href={href} target="_blank" rel="noopener noreferrer">
                  {label}
                  <span className="visually-hidden"> {t('record.opensInNewTab')}</span>
                </a>
              ) : (
                <span className="unsafe-url">{label}</span>
              )}
              {s.publisher && <span className="source-url"> {s.url}</span>}
              {(s.publishedOn || s.language) && (
                <span className="muted">
                  {' '}
                  (
                  {[
                    s.publishedOn
                      ? t('record.publishedOn', { date: formatDay(s.publishedOn, language) })
                      : '',
                    s.language ? tCommon(`languages.${s.language}`) : '',
                  ]
                    .filter(Boolean)
                    .join(', ')}
                  )
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
