import type { ConsultationFilterParams as ApiFilterParams } from '@/api/schemas';
import type { ConsultationFilterParams } from '@/lib/consultation-filter-params';

/** The filters as the statistics and list queries take them: the deleted switches as 'true'. */
export function toApiFilters(filters: ConsultationFilterParams): ApiFilterParams {
  const { includeDeleted, onlyDeleted, ...rest } = filters;
  const out: ApiFilterParams = { ...rest };
  if (includeDeleted) out.includeDeleted = 'true';
  if (onlyDeleted) out.onlyDeleted = 'true';
  for (const key of Object.keys(out) as (keyof ApiFilterParams)[]) if (out[key] === undefined) delete out[key];
  return out;
}
