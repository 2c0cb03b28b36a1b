import { useTranslation } from 'react-i18next';

export function Component() {
  const { t } = useTranslation();
  return (
    <section className="page">
      <h1>{t('nav.participants')}</h1>
    </section>
  );
}
