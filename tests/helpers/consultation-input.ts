import type { ConsultationInputDraft } from '@/api/schemas';
import { BY_PARTY_ID, KZ_PARTY_ID } from '@mocks/data/ids';

/** A valid consultation to start from; tests change what they test. */
export const validConsultation = (overrides: Partial<ConsultationInputDraft> = {}): ConsultationInputDraft => ({
  title: 'Consultations on foreign-policy analysis',
  kind: 'bilateral',
  level: 'department_head',
  format: 'in_person',
  status: 'held',
  date: { start: '2021-06-15', precision: 'day', approximate: false },
  delegations: [{ partyId: KZ_PARTY_ID }, { partyId: BY_PARTY_ID }],
  language: 'en',
  ...overrides,
});
