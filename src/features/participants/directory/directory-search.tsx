import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

const SEARCH_DELAY_MS = 250;

/**
 * The search box answers every keystroke on its own; the address (and so the API and the table)
 * follow a moment after typing stops, so a long list is not redrawn for every letter.
 */
export function DirectorySearch({
  value,
  onSearch,
}: {
  value: string;
  onSearch: (q: string) => void;
}) {
  const { t } = useTranslation('participants');
  const [text, setText] = useState(value);
  const pushed = useRef(value);
  const latest = useRef(onSearch);
  latest.current = onSearch;

  // Back and forward change the address: the box follows.
  useEffect(() => {
    if (value !== pushed.current) {
      pushed.current = value;
      setText(value);
    }
  }, [value]);
  useEffect(() => {
    if (text === pushed.current) return;
    const timer = setTimeout(() => {
      pushed.current = text;
      latest.current(text);
    }, SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text]);

  return (
    <>
      <label htmlFor="directory-q">{t('directory.search')}</label>
      <input
        id="directory-q"
        type="search"
        value={text}
        autoComplete="off"
        aria-describedby="directory-q-hint"
        onChange={(event) => setText(event.target.value)}
      />
      <p id="directory-q-hint" className="field-hint">
        {t('directory.searchHint')}
      </p>
    </>
  );
}
