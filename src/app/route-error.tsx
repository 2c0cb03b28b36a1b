import { useTranslation } from 'react-i18next';
import { Link, isRouteErrorResponse, useRouteError } from 'react-router';
import { ApiRequestError } from '@/api/client';
import { apiErrorMessage } from '@/lib/api-error-message';
import { paths } from '@/lib/paths';

/** The error element of every route: says what failed in the person's language and offers a way on. */
export function RouteError() {
  const error = useRouteError();
  const { t } = useTranslation();
  const notFound =
    (isRouteErrorResponse(error) && error.status === 404) || (error instanceof ApiRequestError && error.status === 404);
  return (
    <section className="page error-page" role="alert">
      <h1>{notFound ? t('errors.notFoundTitle') : t('errors.title')}</h1>
      <p>{notFound ? t('errors.recordNotFound') : apiErrorMessage(error, t)}</p>
      <p className="actions">
        <button type="button" onClick={() => window.location.reload()}>
          {t('actions.reload')}
        </button>
        <Link to={paths.timeline()}>{t('errors.backHome')}</Link>
      </p>
    </section>
  );
}
