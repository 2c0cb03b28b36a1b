import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { formatNumber } from '@/lib/i18n/format';
import { useLanguage } from '@/lib/i18n/use-language';
import { PAGE_SIZES, pageCount, serializeListView, type ListView } from './list-view';

interface PaginationProps {
  view: ListView;
  total: number;
  onChange: (view: ListView) => void;
}

/**
 * Pages as links (each page has an address, opens in a new tab, survives a reload), a field to
 * jump to a page of a long list, and the page size.
 */
export function Pagination({ view, total, onChange }: PaginationProps) {
  const { t } = useTranslation('consultations');
  const language = useLanguage();
  const [params] = useSearchParams();
  const pages = pageCount(total, view.size);
  const [jump, setJump] = useState('');
  const href = (page: number) => `?${serializeListView({ ...view, page }, params).toString()}`;
  const step = (page: number, label: string, rel?: string) =>
    page === view.page || page < 1 || page > pages ? (
      <span className="pager-disabled" aria-disabled="true">
        {label}
      </span>
    ) : (
      <Link to={href(page)} rel={rel}>
        {label}
      </Link>
    );
  return (
    <nav className="pager no-print" aria-label={t('list.pages')}>
      <ul>
        <li>{step(1, t('list.first'))}</li>
        <li>{step(view.page - 1, t('list.previous'), 'prev')}</li>
        <li aria-current="page">
          {t('list.pageOf', {
            page: formatNumber(view.page, language),
            pages: formatNumber(pages, language),
          })}
        </li>
        <li>{step(view.page + 1, t('list.next'), 'next')}</li>
        <li>{step(pages, t('list.last'))}</li>
      </ul>
      {pages > 2 && (
        <form
          className="pager-jump"
          onSubmit={(event) => {
            event.preventDefault();
            const page = Math.min(pages, Math.max(1, Math.trunc(Number(jump))));
            if (Number.isFinite(page)) onChange({ ...view, page });
            setJump('');
          }}
        >
          <label>
            {t('list.goToPage')}
            <input
              type="number"
              min={1}
              max={pages}
              inputMode="numeric"
              value={jump}
              onChange={(e) => setJump(e.target.value)}
            />
          </label>
          <button type="submit" className="secondary">
            {t('list.go')}
          </button>
        </form>
      )}
      <label className="pager-size">
        {t('list.pageSize')}
        <select
          value={view.size}
          onChange={(event) => onChange({ ...view, size: Number(event.target.value), page: 1 })}
        >
          {PAGE_SIZES.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </select>
      </label>
    </nav>
  );
}
