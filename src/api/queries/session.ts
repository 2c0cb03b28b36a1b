import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { request, sessionToken } from '../client';
import { Session, User } from '../schemas';

export const sessionKeys = { me: ['session', 'me'] as const, users: ['session', 'users'] as const };

export const sessionQueries = {
  /** The signed-in user, or null when nobody is. */
  me: () =>
    queryOptions({
      queryKey: sessionKeys.me,
      queryFn: ({ signal }) => (sessionToken.get() ? request('/me', { schema: User, signal }) : Promise.resolve(null)),
      staleTime: Infinity,
    }),
  users: () =>
    queryOptions({
      queryKey: sessionKeys.users,
      queryFn: ({ signal }) => request('/users', { schema: z.array(User), signal }),
      staleTime: Infinity,
    }),
};

export async function signIn(userId: string) {
  const session = await request('/session', { schema: Session, method: 'POST', body: { userId } });
  sessionToken.set(session.token);
  return session.user;
}

export function signOut() {
  sessionToken.set(null);
}
