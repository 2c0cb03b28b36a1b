import { I18nextProvider, useTranslation } from 'react-i18next';
import { i18n } from '@/lib/i18n';

function Message({ error, onReset }: { error: unknown; onReset: () => void }) {
  const { t } = useTranslation();
  return (
    <main id="main" className="page error-page" role="alert">
      <h1>{t('errors.corruptStore')}</h1>
      <p>{t('errors.corruptStoreHint')}</p>
      {/* What the store or the browser reported, as it reported it: for whoever supports the app. */}
      <p>{t('errors.technicalDetail')}</p>
      <pre className="error-detail" lang="en">
        {error instanceof Error ? error.message : String(error)}
      </pre>
      <button type="button" onClick={onReset}>
        {t('actions.resetData')}
      </button>
    </main>
  );
}

/** Shown instead of the app when the browser store is damaged or of an older format. */
export function StoreProblem(props: { error: unknown; onReset: () => void }) {
  return (
    <I18nextProvider i18n={i18n}>
      <Message {...props} />
    </I18nextProvider>
  );
}
