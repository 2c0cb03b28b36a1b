import { useQueries, useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { directoryQueries } from '@/api/queries/directory';
import { planQueries } from '@/api/queries/plans';
import type { PlanItemWithFulfilment, PlanWithFulfilment } from '@/api/schemas';
import { EntityName } from '@/components/entity-name';
import { formatFuzzyDate } from '@/lib/i18n/format';
import { useLanguage } from '@/lib/i18n/use-language';
import { localize } from '@/lib/localized';
import { plansFor, suggestPlanItem } from './plan-suggestion';
import type { PastedDirectory, PastedProposal, PressReleaseParser } from './prefill';

interface PastePanelProps {
  parse: PressReleaseParser;
  /** Fills this form with a proposal; nothing is saved. */
  onFill: (proposal: PastedProposal) => void;
  /** Opens a proposal in a second new form. */
  onOpenElsewhere: (proposal: PastedProposal) => Promise<void>;
}

function useDirectory(): PastedDirectory | null {
  const parties = useQuery(directoryQueries.list('party', { limit: 1000 })).data;
  const bodies = useQuery(directoryQueries.list('body', { limit: 1000 })).data;
  const people = useQuery(directoryQueries.list('person', { limit: 1000 })).data;
  const topics = useQuery(directoryQueries.list('topic', { limit: 1000 })).data;
  const places = useQuery(directoryQueries.list('place', { limit: 1000 })).data;
  if (!parties || !bodies || !people || !topics || !places) return null;
  return {
    parties: parties.items,
    bodies: bodies.items,
    people: people.items,
    topics: topics.items,
    places: places.items,
  };
}

interface PlanMatch {
  item: PlanItemWithFulfilment;
  plan: PlanWithFulfilment | undefined;
}

/**
 * For each proposal that says it was held under a cooperation plan, the plan item it most likely
 * fulfils: the plans of its parties are asked for their items, and the best fit is proposed.
 */
function usePlanMatches(proposals: readonly PastedProposal[] | null): (p: PastedProposal) => PlanMatch | null {
  const plans = useQuery({ ...planQueries.list(), enabled: Boolean(proposals?.some((p) => p.mentionsPlan)) }).data?.items ?? [];
  const planIds = [...new Set((proposals ?? []).flatMap((p) => plansFor(p, plans).map((plan) => plan.id)))];
  const items = useQueries({ queries: planIds.map((id) => planQueries.items(id)) });
  const itemsOf = (planId: string) => items[planIds.indexOf(planId)]?.data;
  return (proposal) => {
    const item = suggestPlanItem(proposal, plans, itemsOf);
    return item ? { item, plan: plans.find((plan) => plan.id === item.planId) } : null;
  };
}

function Names({ kind, ids }: { kind: 'party' | 'body' | 'person' | 'topic'; ids: string[] }) {
  const { t } = useTranslation('consultationForm');
  if (!ids.length) return <>{t('paste.nothing')}</>;
  return (
    <>
      {ids.map((id, i) => (
        <span key={id}>
          {i > 0 && '; '}
          <EntityName kind={kind} id={id} />
        </span>
      ))}
    </>
  );
}

/**
 * "Paste a press release": the text of a news item (kk, ru or en) becomes one proposal per
 * consultation it reports. The person reads each proposal and chooses which fills the form; they
 * then check and change every field before saving.
 */
export function PastePanel({ parse, onFill, onOpenElsewhere }: PastePanelProps) {
  const { t } = useTranslation('consultationForm');
  const { t: tCommon } = useTranslation();
  const language = useLanguage();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [publishedOn, setPublishedOn] = useState('');
  const [proposals, setProposals] = useState<PastedProposal[] | null>(null);
  const [filled, setFilled] = useState<number | null>(null);
  const [opened, setOpened] = useState<number[]>([]);
  const directory = useDirectory();
  const planMatch = usePlanMatches(proposals);
  // What fills a form: the proposal, with the plan item it was matched to.
  const withPlanItem = (p: PastedProposal): PastedProposal => ({ ...p, planItemId: planMatch(p)?.item.id ?? null });

  const read = () => {
    if (!directory || !text.trim()) return;
    setProposals(
      parse(text, directory, {
        publishedOn: /^\d{4}-\d{2}-\d{2}$/.test(publishedOn) ? publishedOn : null,
      }),
    );
    setFilled(null);
    setOpened([]);
  };

  return (
    <section className="cf-paste" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="cf-paste-title">
        <button
          type="button"
          className="secondary"
          aria-expanded={open}
          aria-controls={`${id}-body`}
          onClick={() => setOpen((o) => !o)}
        >
          {t('paste.toggle')}
        </button>
      </h2>
      <div id={`${id}-body`} hidden={!open}>
        <p className="field-hint">{t('paste.intro')}</p>
        <div className="cf-field">
          <label htmlFor={`${id}-text`}>{t('paste.text')}</label>
          <textarea
            id={`${id}-text`}
            rows={8}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
        </div>
        <div className="cf-field">
          <label htmlFor={`${id}-published`}>{t('paste.publishedOn')}</label>
          <input
            id={`${id}-published`}
            type="date"
            value={publishedOn}
            onChange={(e) => setPublishedOn(e.target.value)}
          />
          <p className="field-hint">{t('paste.publishedOnHint')}</p>
        </div>
        <button type="button" onClick={read} disabled={!directory || !text.trim()}>
          {directory ? t('paste.read') : tCommon('state.loading')}
        </button>
        {proposals && (
          <div
            className="cf-proposals"
            role="region"
            aria-label={t('paste.results')}
            aria-live="polite"
          >
            <p>
              {proposals.length ? t('paste.found', { count: proposals.length }) : t('paste.none')}
            </p>
            {proposals.map((p, i) => (
              <article
                key={i}
                className="cf-proposal"
                aria-labelledby={`${id}-p${i}`}
                data-filled={filled === i || undefined}
              >
                <h3 id={`${id}-p${i}`}>{p.title}</h3>
                <dl>
                  <dt>{t('fields.date')}</dt>
                  <dd>
                    {p.date
                      ? formatFuzzyDate({ ...p.date }, language, tCommon)
                      : t('paste.nothing')}
                    {p.date && !p.dateInText && ` (${t('paste.dateGuessed')})`}
                  </dd>
                  <dt>{t('fields.status')}</dt>
                  <dd>
                    {tCommon(`status.${p.status}`)}, {tCommon(`kind.${p.kind}`)}
                  </dd>
                  <dt>{t('paste.parties')}</dt>
                  <dd>
                    <Names kind="party" ids={p.partyIds} />
                  </dd>
                  <dt>{t('paste.bodies')}</dt>
                  <dd>
                    <Names
                      kind="body"
                      ids={p.delegations
                        .map((d) => d.leadBodyId)
                        .filter((b): b is string => Boolean(b))}
                    />
                  </dd>
                  <dt>{t('paste.people')}</dt>
                  <dd>
                    <Names kind="person" ids={p.personIds} />
                  </dd>
                  <dt>{t('fields.topicIds')}</dt>
                  <dd>
                    <Names kind="topic" ids={p.topicIds} />
                  </dd>
                  <dt>{t('fields.place')}</dt>
                  <dd>{p.place?.city || t('paste.nothing')}</dd>
                  <dt>{t('fields.planItemId')}</dt>
                  <dd>
                    <PlanMatchText proposal={p} match={planMatch(p)} />
                  </dd>
                  <dt>{t('paste.source')}</dt>
                  <dd>{p.source?.publisher || t('paste.nothing')}</dd>
                  <dt>{t('fields.outcomes')}</dt>
                  <dd>
                    {p.outcomes.length
                      ? p.outcomes.map((o) => tCommon(`outcomeKind.${o.kind}`)).join(', ')
                      : t('paste.nothing')}
                  </dd>
                  <dt>{t('fields.followUps')}</dt>
                  <dd>
                    {p.followUps.length ? (
                      <ul>
                        {p.followUps.map((f, j) => (
                          <li key={j}>
                            {f.due
                              ? formatFuzzyDate({ ...f.due }, language, tCommon)
                              : t('paste.nothing')}
                            {f.place?.city && `, ${f.place.city}`}
                            {f.condition && ` — ${f.condition}`}
                          </li>
                        ))}
                      </ul>
                    ) : (
                      t('paste.nothing')
                    )}
                  </dd>
                </dl>
                <div className="cf-actions">
                  <button
                    type="button"
                    onClick={() => {
                      onFill(withPlanItem(p));
                      setFilled(i);
                    }}
                  >
                    {proposals.length > 1
                      ? t('paste.fillThis', { title: p.title })
                      : t('paste.fill')}
                  </button>
                  {proposals.length > 1 && filled !== i && (
                    <button
                      type="button"
                      className="secondary"
                      onClick={async () => {
                        await onOpenElsewhere(withPlanItem(p));
                        setOpened((o) => [...o, i]);
                      }}
                    >
                      {t('paste.openElsewhere', { title: p.title })}
                    </button>
                  )}
                </div>
                {filled === i && (
                  <p className="cf-filled" role="status">
                    {t('paste.filled')}
                  </p>
                )}
                {opened.includes(i) && filled !== i && <p role="status">{t('paste.opened')}</p>}
              </article>
            ))}
          </div>
        )}
      </div>
    </section>
  );
}

/** The plan item a proposal was matched to; or that the text names a plan the person should pick. */
function PlanMatchText({ proposal, match }: { proposal: PastedProposal; match: PlanMatch | null }) {
  const { t } = useTranslation('consultationForm');
  const language = useLanguage();
  if (match) {
    const plan = match.plan ? localize(match.plan.title, language) : '';
    return <>{plan ? t('paste.planItemOf', { item: match.item.title, plan }) : match.item.title}</>;
  }
  return <>{proposal.mentionsPlan ? t('paste.planNotMatched') : t('paste.nothing')}</>;
}
