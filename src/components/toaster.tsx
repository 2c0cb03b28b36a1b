import { useTranslation } from 'react-i18next';
import { toastStore, useToasts } from '@/lib/toasts';

export function Toaster() {
  const toasts = useToasts();
  const { t } = useTranslation();
  return (
    <section className="toaster" aria-label={t('toast.region')} aria-live="polite">
      {toasts.map((toast) => (
        <div key={toast.id} className={`toast toast-${toast.kind}`} role={toast.kind === 'error' ? 'alert' : 'status'}>
          <span>{toast.message}</span>
          {toast.action && (
            <button
              type="button"
              onClick={() => {
                toast.action?.run();
                toastStore.dismiss(toast.id);
              }}
            >
              {toast.action.label}
            </button>
          )}
          <button type="button" className="link-button" onClick={() => toastStore.dismiss(toast.id)}>
            {t('actions.dismiss')}
          </button>
        </div>
      ))}
    </section>
  );
}
