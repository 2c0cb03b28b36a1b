import type { Profile } from '@/api/schemas/profiles';
import { BodyForm } from './body-form';
import { PartyForm } from './party-form';
import { PersonForm } from './person-form';

/** The edit form for the entry a profile shows, opened at the version on screen. */
export function EntryEditor({ profile, onDone }: { profile: Profile; onDone: () => void }) {
  switch (profile.kind) {
    case 'party':
      return <PartyForm party={profile.entity} onDone={onDone} />;
    case 'body':
      return <BodyForm body={profile.entity} onDone={onDone} />;
    case 'person':
      return <PersonForm person={profile.entity} onDone={onDone} />;
  }
}
