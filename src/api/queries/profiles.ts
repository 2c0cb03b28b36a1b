import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { request } from '../client';
import { HistoryEntry, pageOf } from '../schemas';
import { directoryKinds, type DirectoryKind } from './directory';
import {
  MergePreview,
  Profile,
  ReferenceSummary,
  type MergeableKind,
  type ProfileKind,
} from '../schemas/profiles';

/**
 * A profile's statistics change with every consultation write, so its key sits under
 * ['consultations', 'stats'] as the other statistics do.
 */
export const profileKeys = {
  profile: (kind: ProfileKind, id: string) =>
    ['consultations', 'stats', 'profile', kind, id] as const,
  references: (kind: DirectoryKind, id: string) =>
    ['consultations', 'references', kind, id] as const,
  mergePreview: (kind: MergeableKind, sourceId: string, targetId: string) =>
    ['consultations', 'merge-preview', kind, sourceId, targetId] as const,
  history: (kind: DirectoryKind, id: string) => ['history', kind, id] as const,
};

const HistoryPage = pageOf(HistoryEntry);

export const profileQueries = {
  profile: (kind: ProfileKind, id: string) =>
    queryOptions({
      queryKey: profileKeys.profile(kind, id),
      queryFn: ({ signal }) =>
        request(`/profiles/${kind}/${encodeURIComponent(id)}`, { schema: Profile, signal }),
    }),
  references: (kind: DirectoryKind, id: string) =>
    queryOptions({
      queryKey: profileKeys.references(kind, id),
      queryFn: ({ signal }) =>
        request(`/profiles/${kind}/${encodeURIComponent(id)}/references`, {
          schema: ReferenceSummary,
          signal,
        }),
      staleTime: 0,
    }),
  mergePreview: (kind: MergeableKind, sourceId: string, targetId: string) =>
    queryOptions({
      queryKey: profileKeys.mergePreview(kind, sourceId, targetId),
      queryFn: ({ signal }) =>
        request(`/profiles/${kind}/${encodeURIComponent(sourceId)}/merge-preview`, {
          schema: MergePreview,
          query: { into: targetId },
          signal,
        }),
      staleTime: 0,
      retry: false,
    }),
  history: (kind: DirectoryKind, id: string) =>
    queryOptions({
      queryKey: profileKeys.history(kind, id),
      queryFn: ({ signal }) =>
        request('/history', {
          schema: HistoryPage,
          query: { entity: kind, entityId: id, limit: 50 },
          signal,
        }),
    }),
};

export const profileApi = {
  restore: (kind: DirectoryKind, id: string, version: number) =>
    request(`/${directoryKinds[kind].path}/${encodeURIComponent(id)}/restore`, {
      schema: z.looseObject({ id: z.string(), version: z.number() }),
      method: 'POST',
      body: { version },
    }),
};

/**
 * After a directory write: names, counts and statistics may all have changed. A merge also moves
 * consultations and plan items, so it refreshes everything.
 */
export async function refreshAfterDirectoryWrite(
  queryClient: QueryClient,
  kind: DirectoryKind,
  scope: 'entry' | 'merge' = 'entry',
) {
  if (scope === 'merge') {
    await queryClient.invalidateQueries();
    return;
  }
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: [kind] }),
    queryClient.invalidateQueries({ queryKey: ['consultations', 'stats'] }),
    queryClient.invalidateQueries({ queryKey: ['consultations', 'references'] }),
    queryClient.invalidateQueries({ queryKey: ['history'] }),
  ]);
}
