import { useTranslation } from 'react-i18next';
import { useApiReachable } from '@/lib/connection';

export function ApiStatusBanner() {
  const reachable = useApiReachable();
  const { t } = useTranslation();
  if (reachable) return null;
  return (
    <div className="banner banner-error" role="alert">
      {t('errors.network')}
    </div>
  );
}
