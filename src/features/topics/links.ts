import { serializeConsultationFilters } from '@/lib/consultation-filter-params';
import { paths } from '@/lib/paths';

/** The consultations list for a topic (the list counts its subtopics too), perhaps narrowed. */
export function consultationsOfTopic(
  topicId: string,
  narrowing: { party?: string; from?: string; to?: string } = {},
): string {
  const search = serializeConsultationFilters({
    topic: [topicId],
    ...(narrowing.party ? { party: [narrowing.party] } : {}),
    ...(narrowing.from ? { from: narrowing.from } : {}),
    ...(narrowing.to ? { to: narrowing.to } : {}),
  }).toString();
  return paths.consultations(`?${search}`);
}
