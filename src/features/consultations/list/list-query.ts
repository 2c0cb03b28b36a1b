import type { ConsultationListParams } from '@/api/queries/consultations';
import { sortParam, type ListView } from './list-view';

/** The API request for a view: its filters, its order, and the page as offset and limit. */
export const listParamsOf = (view: ListView): ConsultationListParams => ({
  ...view.filters,
  sort: sortParam(view.sort),
  offset: (view.page - 1) * view.size,
  limit: view.size,
});
