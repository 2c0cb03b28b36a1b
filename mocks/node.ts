import { setupServer } from 'msw/node';
import { createDemoData } from './data';
import type { DataSet } from './store/data-set';
import { Db } from './store/db';
import { createHandlers } from './handlers';

let db = new Db(createDemoData());
let clock: () => Date = () => new Date();

/** The embedded API in Node, for Vitest: in memory, reset before each test. */
export const server = setupServer(...createHandlers({ db: () => db, now: () => clock() }));

export function resetApiStore(data: DataSet = createDemoData()): Db {
  db = new Db(data);
  return db;
}

export const apiStore = () => db;
export const setApiClock = (next: () => Date) => {
  clock = next;
};
