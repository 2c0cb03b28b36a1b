import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { profileApi, refreshAfterDirectoryWrite } from '@/api/queries/profiles';
import type { Profile } from '@/api/schemas/profiles';
import { formatDateTime } from '@/lib/i18n/format';
import { useLanguage } from '@/lib/i18n/use-language';
import { paths } from '@/lib/paths';
import { useProfileNames } from './use-names';

/** A deleted entry says so, and can be restored; a merged one points at the entry it became. */
export function RemovedNotice({ profile, canEdit }: { profile: Profile; canEdit: boolean }) {
  const { t } = useTranslation('participants');
  const { t: tc } = useTranslation();
  const language = useLanguage();
  const names = useProfileNames(profile);
  const queryClient = useQueryClient();
  const restore = useMutation({
    mutationFn: () => profileApi.restore(profile.kind, profile.entity.id, profile.entity.version),
    onSuccess: () => refreshAfterDirectoryWrite(queryClient, profile.kind),
  });
  const removed = profile.removed;
  if (!removed) return null;
  const when = formatDateTime(removed.at, language);
  return (
    <div className="notice notice-removed" role="status">
      {removed.mergedInto ? (
        <p>
          {t('removed.merged', { date: when })}{' '}
          <Link to={paths.participant(profile.kind, removed.mergedInto)}>
            {names.name(removed.mergedInto)}
          </Link>
        </p>
      ) : (
        <p>{t('removed.deleted', { date: when })}</p>
      )}
      {canEdit && !removed.mergedInto && (
        <button type="button" disabled={restore.isPending} onClick={() => restore.mutate()}>
          {tc('actions.restore')}
        </button>
      )}
    </div>
  );
}
