import type { DataSet } from '@mocks/store/data-set';
import { createBodies } from './bodies';
import { createParties } from './parties';
import { createPeople } from './people';
import { createPlaces } from './places';
import { createTopics } from './topics';
import { createUsers } from './users';

export type Directory = Pick<
  DataSet,
  'users' | 'parties' | 'bodies' | 'people' | 'places' | 'topics'
>;

/** Fresh copies on every call: the store mutates what it is given. */
export function createDirectory(): Directory {
  return {
    users: createUsers(),
    parties: createParties(),
    bodies: createBodies(),
    people: createPeople(),
    places: createPlaces(),
    topics: createTopics(),
  };
}
