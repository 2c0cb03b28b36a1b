import type { User } from '@/api/schemas';
import { KZ_FPAD_ID } from './bodies';
import { lt } from './records';

/** The demo accounts one can sign in as (there is no real authentication yet). */
export function createUsers(): User[] {
  return [
    {
      id: 'u-viewer',
      name: lt('Дана Ержанова', 'Дана Ержанова', 'Dana Yerzhanova'),
      role: 'viewer',
      bodyId: 'body-kz-europe',
    },
    {
      id: 'u-analyst',
      name: lt('Айдана Жүсіпова', 'Айдана Жусупова', 'Aidana Zhussupova'),
      role: 'analyst',
      bodyId: KZ_FPAD_ID,
    },
    {
      id: 'u-planner',
      name: lt('Нұржан Қалиев', 'Нуржан Калиев', 'Nurzhan Kaliyev'),
      role: 'planner',
      bodyId: 'body-kz-cis',
    },
    {
      id: 'u-head',
      name: lt('Ардақ Омарова', 'Ардак Омарова', 'Ardak Omarova'),
      role: 'head',
      bodyId: KZ_FPAD_ID,
    },
  ];
}
