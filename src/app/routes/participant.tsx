import type { QueryClient } from '@tanstack/react-query';
import { useParams, type LoaderFunctionArgs } from 'react-router';
import { profileQueries } from '@/api/queries/profiles';
import { ProfileKind } from '@/api/schemas/profiles';
import { ProfilePage } from '@/features/participants';

/** `/participants/:kind/:id`, kind one of party, body, person; anything else is not a page. */
function kindOf(value: string | undefined): ProfileKind {
  const parsed = ProfileKind.safeParse(value);
  if (!parsed.success) throw new Response('Not found', { status: 404 });
  return parsed.data;
}

export const loader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    await queryClient.ensureQueryData(profileQueries.profile(kindOf(params.kind), params.id ?? ''));
    return null;
  };

export function Component() {
  const params = useParams();
  return <ProfilePage kind={kindOf(params.kind)} id={params.id ?? ''} />;
}
