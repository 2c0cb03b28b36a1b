import { Link } from 'react-router';
import { formatNumber } from '@/lib/i18n/format';
import { useLanguage } from '@/lib/i18n/use-language';

/** A count that opens what it counts (the consultations list, filtered); nothing to open at zero. */
export function CountLink({ count, to }: { count: number; to: string }) {
  const language = useLanguage();
  return count ? <Link to={to}>{formatNumber(count, language)}</Link> : '0';
}
