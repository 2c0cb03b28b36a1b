import type { Role } from '@/api/schemas';

/**
 * Whether a role may log and edit consultations: the UI's reading of the API's rule (analysts and
 * heads of department). The API checks it again on every write.
 */
export const mayWriteConsultations = (role: Role | null | undefined): boolean =>
  role === 'analyst' || role === 'head';
