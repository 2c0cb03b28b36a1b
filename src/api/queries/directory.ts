import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { request } from '../client';
import { Body, Party, Person, Place, Topic, pageOf } from '../schemas';

export const Usage = z.object({
  consultations: z.int(),
  lastHeld: z.nullable(z.string()),
  nextPlanned: z.nullable(z.string()),
});
export type Usage = z.infer<typeof Usage>;

const withUsage = <T extends z.ZodMiniType>(schema: T) => z.intersection(schema, z.object({ usage: Usage }));

/** The directory's kinds, with the path and schema of each. */
export const directoryKinds = {
  party: { path: 'parties', schema: withUsage(Party) },
  body: { path: 'bodies', schema: withUsage(Body) },
  person: { path: 'people', schema: withUsage(Person) },
  place: { path: 'places', schema: withUsage(Place) },
  topic: { path: 'topics', schema: withUsage(Topic) },
} as const;
export type DirectoryKind = keyof typeof directoryKinds;
export type DirectoryEntry<K extends DirectoryKind> = z.infer<(typeof directoryKinds)[K]['schema']>;

export interface DirectoryParams {
  q?: string;
  party?: string[];
  type?: 'country' | 'organisation';
  parent?: string;
  sort?: string;
  offset?: number;
  limit?: number;
}

export const directoryKeys = {
  all: (kind: DirectoryKind) => [kind] as const,
  list: (kind: DirectoryKind, params: DirectoryParams) => [kind, 'list', params] as const,
  detail: (kind: DirectoryKind, id: string) => [kind, 'detail', id] as const,
};

export const directoryQueries = {
  list: <K extends DirectoryKind>(kind: K, params: DirectoryParams = {}) =>
    queryOptions({
      queryKey: directoryKeys.list(kind, params),
      queryFn: ({ signal }) =>
        request(`/${directoryKinds[kind].path}`, {
          schema: pageOf(directoryKinds[kind].schema),
          query: { limit: 1000, ...params },
          signal,
        }) as Promise<{ items: DirectoryEntry<K>[]; total: number; offset: number; limit: number }>,
      staleTime: 60_000,
    }),
  detail: <K extends DirectoryKind>(kind: K, id: string) =>
    queryOptions({
      queryKey: directoryKeys.detail(kind, id),
      queryFn: ({ signal }) =>
        request(`/${directoryKinds[kind].path}/${encodeURIComponent(id)}`, { schema: directoryKinds[kind].schema, signal }) as Promise<
          DirectoryEntry<K>
        >,
    }),
};

export const directoryApi = {
  create: <K extends DirectoryKind>(kind: K, data: unknown) =>
    request(`/${directoryKinds[kind].path}`, { schema: directoryKinds[kind].schema.def.left, method: 'POST', body: data }),
  update: <K extends DirectoryKind>(kind: K, id: string, version: number, data: unknown) =>
    request(`/${directoryKinds[kind].path}/${encodeURIComponent(id)}`, {
      schema: directoryKinds[kind].schema.def.left,
      method: 'PUT',
      body: { version, data },
    }),
  remove: <K extends DirectoryKind>(kind: K, id: string, version: number) =>
    request(`/${directoryKinds[kind].path}/${encodeURIComponent(id)}`, {
      schema: directoryKinds[kind].schema.def.left,
      method: 'DELETE',
      body: { version },
    }),
  merge: (kind: DirectoryKind, sourceId: string, targetId: string) =>
    request(`/${directoryKinds[kind].path}/merge`, {
      schema: z.looseObject({ moved: z.number() }),
      method: 'POST',
      body: { sourceId, targetId },
    }),
};

export { Body, Party, Person, Place, Topic };
