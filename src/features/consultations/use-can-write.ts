import { useQuery } from '@tanstack/react-query';
import { sessionQueries } from '@/api/queries/session';
import type { Role } from '@/api/schemas';

/** Roles that log and edit consultations; the API refuses the others (403) whatever the UI shows. */
const writers: readonly Role[] = ['analyst', 'head'];

export function useCanWriteConsultations(): boolean {
  const { data: me } = useQuery(sessionQueries.me());
  return Boolean(me && writers.includes(me.role));
}
