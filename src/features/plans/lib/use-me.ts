import { useQuery } from '@tanstack/react-query';
import { sessionQueries } from '@/api/queries/session';
import type { User } from '@/api/schemas';

/** The signed-in user (the root route guarantees there is one). */
export function useMe(): User | null {
  return useQuery(sessionQueries.me()).data ?? null;
}

/** Demo users by id, for "approved by …" in reviews and history. */
export function useUsers(): Map<string, User> {
  const users = useQuery(sessionQueries.users()).data ?? [];
  return new Map(users.map((u) => [u.id, u]));
}
