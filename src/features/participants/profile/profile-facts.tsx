import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { consultationStatuses } from '@/api/schemas';
import type { ConsultationRef, Profile } from '@/api/schemas/profiles';
import { formatFuzzyDate, formatNumber } from '@/lib/i18n/format';
import { useLanguage } from '@/lib/i18n/use-language';
import { paths } from '@/lib/paths';
import { consultationsOf, timelineOf, type Subject } from '../links';

function Fact({ term, children, wide }: { term: string; children: ReactNode; wide?: boolean }) {
  return (
    <div className={wide ? 'fact fact-wide' : 'fact'}>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** The answers heads ask first: how many, when last, what next. Every number opens its list. */
export function ProfileFacts({ profile, subject }: { profile: Profile; subject: Subject }) {
  const { t } = useTranslation('participants');
  const { t: tc } = useTranslation();
  const language = useLanguage();
  const headingId = useId();
  const number = (n: number, href: string) =>
    n ? <Link to={href}>{formatNumber(n, language)}</Link> : formatNumber(0, language);
  const meeting = (c: ConsultationRef | null, none: string) =>
    c ? (
      <>
        <span className="fact-date">{formatFuzzyDate(c.date, language, tc)}</span>
        <Link to={paths.consultation(c.id)} className="fact-title">
          {c.title}
        </Link>
      </>
    ) : (
      <span className="muted">{none}</span>
    );
  return (
    <section className="profile-facts" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('facts.heading')}</h2>
      <dl className="fact-grid">
        <Fact term={t('facts.total')}>{number(profile.total, consultationsOf(subject))}</Fact>
        {consultationStatuses.map((s) => (
          <Fact key={s} term={tc(`status.${s}`)}>
            {number(profile.status[s], consultationsOf(subject, { status: s }))}
          </Fact>
        ))}
        {profile.kind === 'body' && profile.children.length > 0 && (
          <Fact term={t('facts.direct')}>{formatNumber(profile.direct, language)}</Fact>
        )}
        {profile.kind === 'person' && (
          <>
            <Fact term={t('facts.led')}>{formatNumber(profile.led.total, language)}</Fact>
            <Fact term={t('facts.member')}>{formatNumber(profile.member, language)}</Fact>
          </>
        )}
        <Fact term={t('facts.lastHeld')} wide>
          {meeting(profile.lastHeld, t('facts.neverHeld'))}
        </Fact>
        <Fact term={t('facts.nextPlanned')} wide>
          {meeting(profile.nextPlanned, t('facts.nothingPlanned'))}
        </Fact>
      </dl>
      <p className="fact-links">
        <Link to={consultationsOf(subject)}>{t('facts.openList')}</Link>
        <Link to={timelineOf(subject)}>{t('facts.openTimeline')}</Link>
      </p>
    </section>
  );
}
