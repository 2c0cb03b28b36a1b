import { useQuery } from '@tanstack/react-query';
import { sessionQueries } from '@/api/queries/session';
import type { Role } from '@/api/schemas';

/** Analysts and heads keep the directory; the API refuses the others (403) whatever the UI shows. */
const editors: readonly Role[] = ['analyst', 'head'];

export function useCanEditDirectory(): boolean {
  const { data: me } = useQuery(sessionQueries.me());
  return Boolean(me && editors.includes(me.role));
}
