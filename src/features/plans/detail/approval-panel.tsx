import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { planApi } from '@/api/queries/plans';
import type { PlanWithFulfilment } from '@/api/schemas';
import { formatDateTime } from '@/lib/i18n/format';
import { localize } from '@/lib/localized';
import { toastStore } from '@/lib/toasts';
import { fieldErrorsOf, useErrorText } from '../lib/errors';
import { mayReviewPlan, maySubmitPlan } from '../lib/permissions';
import { useMe, useUsers } from '../lib/use-me';
import { useNames } from '../lib/use-names';

type Action = 'submit' | 'approve' | 'return';

/**
 * Where the plan stands in approval and what the signed-in person may do about it: a planner
 * submits a draft, a head approves it or returns it with a comment. Every step is kept.
 */
export function ApprovalPanel({ plan }: { plan: PlanWithFulfilment }) {
  const { t } = useTranslation('plans');
  const me = useMe();
  const users = useUsers();
  const names = useNames();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const commentId = useId();
  const [comment, setComment] = useState('');
  const review = useMutation({
    mutationFn: (action: Action) => planApi.review(plan.id, action, plan.version, comment),
    meta: { silent: true },
    onSuccess: async (_plan, action) => {
      setComment('');
      toastStore.show({ kind: 'success', message: t(`approval.done.${action}`) });
      await queryClient.invalidateQueries({ queryKey: ['plans'] });
    },
  });
  const errors = fieldErrorsOf(review.error);
  const canSubmit = me ? maySubmitPlan(me.role, plan.approval) : false;
  const canReview = me ? mayReviewPlan(me.role, plan.approval) : false;
  const userName = (id: string) => localize(users.get(id)?.name, names.language) || id;

  return (
    <section className="approval" aria-labelledby="approval-heading">
      <h2 id="approval-heading">{t('approval.title')}</h2>
      <p>{t(`approval.state.${plan.approval}`)}</p>
      {(canSubmit || canReview) && (
        <form className="approval-form no-print" onSubmit={(e) => e.preventDefault()} noValidate>
          <label className="stacked" htmlFor={commentId}>
            <span>{canReview ? t('approval.comment') : t('approval.commentOptional')}</span>
          </label>
          <textarea
            id={commentId}
            rows={2}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
            aria-invalid={Boolean(errors.comment) || undefined}
            aria-describedby={errors.comment ? `${commentId}-error` : undefined}
          />
          {errors.comment && (
            <p id={`${commentId}-error`} className="field-error">
              {t(`approval.commentError.${errors.comment === 'required' ? 'required' : 'other'}`)}
            </p>
          )}
          {review.isError && !errors.comment && (
            <p className="field-error" role="alert">
              {errorText.request(review.error)}
            </p>
          )}
          <div className="actions">
            {canSubmit && (
              <button
                type="button"
                disabled={review.isPending}
                onClick={() => review.mutate('submit')}
              >
                {t('approval.submit')}
              </button>
            )}
            {canReview && (
              <>
                <button
                  type="button"
                  disabled={review.isPending}
                  onClick={() => review.mutate('approve')}
                >
                  {t('approval.approve')}
                </button>
                <button
                  type="button"
                  className="secondary"
                  disabled={review.isPending}
                  onClick={() => review.mutate('return')}
                >
                  {t('approval.return')}
                </button>
              </>
            )}
          </div>
        </form>
      )}
      {plan.reviews.length > 0 && (
        <ol className="reviews">
          {plan.reviews.map((r, i) => (
            <li key={`${r.at}-${i}`}>
              <span className={`review-action review-${r.action}`}>
                {t(`approval.step.${r.action}`, { name: userName(r.by) })}
              </span>{' '}
              <time dateTime={r.at}>{formatDateTime(r.at, names.language)}</time>
              {r.comment && <q className="review-comment">{r.comment}</q>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
