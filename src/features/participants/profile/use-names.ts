import type { Profile } from '@/api/schemas/profiles';
import { useLanguage } from '@/lib/i18n/use-language';
import { localize } from '@/lib/localized';

/** Names of what a profile mentions, from the profile itself: full or short. */
export function useProfileNames(profile: Profile) {
  const language = useLanguage();
  const entry = (id: string) => profile.names[id];
  return {
    name: (id: string | null | undefined) => (id ? localize(entry(id)?.name, language) || id : ''),
    short: (id: string | null | undefined) => {
      const e = id ? entry(id) : undefined;
      return e?.short ? localize(e.short, language) : id ? localize(e?.name, language) || id : '';
    },
  };
}
