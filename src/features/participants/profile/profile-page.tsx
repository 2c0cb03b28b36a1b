import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { profileQueries } from '@/api/queries/profiles';
import type { Profile, ProfileKind } from '@/api/schemas/profiles';
import { useLanguage } from '@/lib/i18n/use-language';
import { localize } from '@/lib/localized';
import { DeleteEntryPanel } from '@/components/directory-actions/delete-entry-panel';
import { MergeEntryPanel } from '@/components/directory-actions/merge-entry-panel';
import { paths } from '@/lib/paths';
import { consultationsOf, consultationsOfPair, type Subject } from '../links';
import { useCanEditDirectory } from '../use-can-edit';
import { EntryEditor } from '../edit/entry-editor';
import { useFieldMessage } from '../edit/use-field-message';
import { ReferenceList } from '../reference-list';
import { BodyStructure } from './body-sections';
import { ConsultationRefs } from './consultation-refs';
import { HistorySection } from './history-section';
import { LedSection, PositionsSection } from './person-sections';
import { ProfileFacts } from './profile-facts';
import { ProfileHeader, type Panel } from './profile-header';
import { ProfilePlans } from './profile-plans';
import { QuarterChart } from './quarter-chart';
import { RemovedNotice } from './removed-notice';
import { TallyList } from './tally-list';
import { useProfileNames } from './use-names';
import '@/components/directory-page.css';
import '../participants.css';

const today = () => new Date().toISOString().slice(0, 10);

/**
 * A party's, body's or person's page, drawn from one API answer: counts and chart, last and next
 * meeting, topics, who sat across the table, plans, and for a person the positions held and
 * delegations led.
 */
export function ProfilePage({ kind, id }: { kind: ProfileKind; id: string }) {
  const { t } = useTranslation('participants');
  const { t: tc } = useTranslation();
  const query = useQuery(profileQueries.profile(kind, id));
  if (!query.data) {
    return (
      <section className="page">
        <h1>{tc('nav.participants')}</h1>
        <p role="status">{query.isError ? t('profile.loadFailed') : tc('state.loading')}</p>
      </section>
    );
  }
  return <ProfileView key={`${kind}-${id}`} profile={query.data} />;
}

function ProfileView({ profile }: { profile: Profile }) {
  const { t } = useTranslation('participants');
  const { t: tc } = useTranslation();
  const language = useLanguage();
  const canEdit = useCanEditDirectory();
  const names = useProfileNames(profile);
  const [panel, setPanel] = useState<Panel>(null);
  const now = today();
  const subject: Subject = { kind: profile.kind, id: profile.entity.id };
  const name = localize(profile.entity.name, language);
  const fieldMessage = useFieldMessage();
  const sideParty = profile.kind === 'party' ? profile.entity.id : profile.entity.partyId;
  const tabOfKind = profile.kind === 'party' ? profile.entity.type : profile.kind;

  /** The list behind a count: narrowed by another kind, or — for two of a kind — only where exact. */
  const countHref = (kind: 'party' | 'body' | 'person') => (other: string) => {
    if (kind !== subject.kind) return consultationsOf(subject, { [kind]: other });
    return kind === 'party' ? consultationsOfPair(subject.id, other, profile.homePartyId) : null;
  };
  const close = () => setPanel(null);

  return (
    <article className="page profile-page" data-testid="profile">
      <nav aria-label={t('profile.breadcrumb')} className="breadcrumb no-print">
        <ol>
          <li>
            <Link to={paths.participants()}>{tc('nav.participants')}</Link>
          </li>
          <li>
            <Link to={paths.participants(`?kind=${tabOfKind}`)}>{t(`tabs.${tabOfKind}`)}</Link>
          </li>
          {profile.kind !== 'party' && (
            <li>
              <Link to={paths.participant('party', profile.entity.partyId)}>
                {names.short(profile.entity.partyId)}
              </Link>
            </li>
          )}
          <li aria-current="page">{name}</li>
        </ol>
      </nav>
      <ProfileHeader
        profile={profile}
        today={now}
        canEdit={canEdit}
        panel={panel}
        onPanel={setPanel}
      />
      <RemovedNotice profile={profile} canEdit={canEdit} />
      {panel === 'edit' && <EntryEditor profile={profile} onDone={close} />}
      {panel === 'merge' && profile.kind !== 'party' && (
        <MergeEntryPanel
          kind={profile.kind}
          entry={{ id: profile.entity.id, name }}
          namespace="participants"
          wordedPerKind
          party={[profile.entity.partyId]}
          refusalMessage={fieldMessage}
          References={ReferenceList}
          pathOf={(id) => paths.participant(profile.kind, id)}
          onClose={close}
        />
      )}
      {panel === 'delete' && (
        <DeleteEntryPanel
          kind={profile.kind}
          entry={{ id: profile.entity.id, version: profile.entity.version, name }}
          namespace="participants"
          inUseHintKey={profile.kind === 'party' ? 'delete.inUseHintParty' : 'delete.inUseHint'}
          References={ReferenceList}
          onClose={close}
        />
      )}

      <ProfileFacts profile={profile} subject={subject} />
      <QuarterChart quarters={profile.quarters} subject={subject} name={name} />

      {profile.kind === 'person' && (
        <div className="profile-columns">
          <PositionsSection profile={profile} today={now} />
          <LedSection profile={profile} today={now} />
        </div>
      )}

      <section className="profile-company" aria-labelledby="profile-company-heading">
        <h2 id="profile-company-heading">{t('profile.discussedAndMet')}</h2>
        <div className="profile-columns">
          <TallyList
            heading={t('profile.topics')}
            tallies={profile.topics}
            nameOf={names.name}
            hrefOf={(topic) => paths.topic(topic)}
            countHref={(topic) => consultationsOf(subject, { topic })}
            empty={t('profile.noTopics')}
          />
          <TallyList
            heading={t('profile.counterpartParties')}
            tallies={profile.counterparts.parties}
            nameOf={names.name}
            hrefOf={(party) => paths.participant('party', party)}
            countHref={countHref('party')}
            empty={t('profile.nobody')}
          />
          <TallyList
            heading={t('profile.counterpartBodies')}
            tallies={profile.counterparts.bodies}
            nameOf={names.name}
            hrefOf={(body) => paths.participant('body', body)}
            countHref={countHref('body')}
            empty={t('profile.nobody')}
          />
          <TallyList
            heading={t('profile.counterpartPeople')}
            tallies={profile.counterparts.people}
            nameOf={names.name}
            hrefOf={(person) => paths.participant('person', person)}
            countHref={countHref('person')}
            empty={t('profile.nobody')}
          />
          <TallyList
            heading={t('profile.ownBodies', { party: names.short(sideParty) })}
            tallies={profile.ownSide.bodies}
            nameOf={names.name}
            hrefOf={(body) => paths.participant('body', body)}
            countHref={countHref('body')}
            empty={t('profile.nobody')}
          />
          <TallyList
            heading={t(profile.kind === 'person' ? 'profile.colleagues' : 'profile.ownPeople', {
              party: names.short(sideParty),
            })}
            tallies={profile.ownSide.people}
            nameOf={names.name}
            hrefOf={(person) => paths.participant('person', person)}
            countHref={countHref('person')}
            empty={t('profile.nobody')}
          />
        </div>
      </section>

      {profile.kind === 'body' && <BodyStructure profile={profile} today={now} />}
      {profile.kind === 'party' && (
        <section className="profile-structure" aria-labelledby="profile-structure-heading">
          <h2 id="profile-structure-heading">{t('party.structure')}</h2>
          <p>
            <Link
              to={paths.participants(`?kind=body&party=${encodeURIComponent(profile.entity.id)}`)}
            >
              {t('party.bodies', { count: profile.structure.bodies })}
            </Link>
            {' · '}
            <Link
              to={paths.participants(`?kind=person&party=${encodeURIComponent(profile.entity.id)}`)}
            >
              {t('party.people', { count: profile.structure.people })}
            </Link>
          </p>
        </section>
      )}

      <ProfilePlans plans={profile.plans} subject={subject} />

      <div className="profile-columns">
        <section aria-labelledby="profile-recent-heading">
          <h2 id="profile-recent-heading">{t('profile.recent')}</h2>
          {profile.recent.length ? (
            <ConsultationRefs
              items={profile.recent}
              partyName={names.short}
              exceptParty={sideParty}
              today={now}
            />
          ) : (
            <p className="muted">{t('profile.noRecent')}</p>
          )}
          {profile.total > profile.recent.length && (
            <p>
              <Link to={consultationsOf(subject)}>
                {t('profile.allConsultations', { count: profile.total })}
              </Link>
            </p>
          )}
        </section>
        <section aria-labelledby="profile-upcoming-heading">
          <h2 id="profile-upcoming-heading">{t('profile.upcoming')}</h2>
          {profile.upcoming.length ? (
            <ConsultationRefs
              items={profile.upcoming}
              partyName={names.short}
              exceptParty={sideParty}
              today={now}
            />
          ) : (
            <p className="muted">{t('facts.nothingPlanned')}</p>
          )}
        </section>
      </div>

      <HistorySection kind={profile.kind} id={profile.entity.id} />
    </article>
  );
}
