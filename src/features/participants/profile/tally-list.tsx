import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Tally } from '@/api/schemas/profiles';
import { formatNumber } from '@/lib/i18n/format';
import { useLanguage } from '@/lib/i18n/use-language';

interface Props {
  heading: string;
  tallies: Tally[];
  /** The entry's own page. */
  hrefOf: (id: string) => string;
  nameOf: (id: string) => string;
  /** The filtered consultations list behind a count, or null when there is no such list. */
  countHref: (id: string) => string | null;
  /** How many to show before "show all". */
  initial?: number;
  empty: string;
}

/**
 * Entries with how often they came up, most first. A thin bar shows the share at a glance; the
 * number is written out and links to those consultations.
 */
export function TallyList({
  heading,
  tallies,
  hrefOf,
  nameOf,
  countHref,
  initial = 8,
  empty,
}: Props) {
  const { t } = useTranslation('participants');
  const language = useLanguage();
  const headingId = useId();
  const [all, setAll] = useState(false);
  const max = Math.max(1, ...tallies.map((x) => x.count));
  const shown = all ? tallies : tallies.slice(0, initial);
  return (
    <section className="tally-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{heading}</h3>
      {tallies.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul className="tally-list">
          {shown.map((x) => {
            const name = nameOf(x.id);
            const href = countHref(x.id);
            const count = formatNumber(x.count, language);
            return (
              <li key={x.id}>
                <span className="tally-name">
                  <Link to={hrefOf(x.id)}>{name}</Link>
                </span>
                <span className="tally-count">
                  {href ? (
                    <Link
                      to={href}
                      aria-label={t('profile.countOf', { count: x.count, formatted: count, name })}
                    >
                      {count}
                    </Link>
                  ) : (
                    count
                  )}
                </span>
                <span className="tally-bar" aria-hidden="true">
                  <span style={{ width: `${(x.count / max) * 100}%` }} />
                </span>
              </li>
            );
          })}
        </ul>
      )}
      {tallies.length > initial && (
        <button
          type="button"
          className="link-button"
          aria-expanded={all}
          onClick={() => setAll((v) => !v)}
        >
          {all ? t('profile.showFewer') : t('profile.showAll', { count: tallies.length })}
        </button>
      )}
    </section>
  );
}
