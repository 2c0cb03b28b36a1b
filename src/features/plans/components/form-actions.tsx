import { useTranslation } from 'react-i18next';

/** A plan form's buttons: what it does (unavailable while that is under way) and Cancel. */
export function FormActions({ submitLabel, pending, onCancel }: { submitLabel: string; pending: boolean; onCancel: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="actions">
      <button type="submit" disabled={pending}>
        {submitLabel}
      </button>
      <button type="button" className="secondary" onClick={onCancel}>
        {t('actions.cancel')}
      </button>
    </div>
  );
}
