import type { QueryClient } from '@tanstack/react-query';
import { directoryQueries } from '@/api/queries/directory';
import { NewConsultationPage } from '@/features/consultation-form';
import { parsePressRelease } from '@/features/press-release';

/** The form names parties, bodies, people, topics and places from the start: load them first. */
export const loader = (queryClient: QueryClient) => async () => {
  await Promise.all(
    (['party', 'body', 'person', 'topic', 'place'] as const).map((kind) =>
      queryClient.prefetchQuery(directoryQueries.list(kind, { limit: 1000 })),
    ),
  );
  return null;
};

/** `/consultations/new`: the form, with "paste a press release" wired to the parser. */
export function Component() {
  return <NewConsultationPage parse={parsePressRelease} />;
}
