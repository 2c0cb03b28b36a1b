import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/lib/paths';

export function Component() {
  const { t } = useTranslation();
  return (
    <section className="page">
      <h1>{t('errors.notFoundTitle')}</h1>
      <p>{t('errors.notFoundBody')}</p>
      <Link to={paths.timeline()}>{t('errors.backHome')}</Link>
    </section>
  );
}
