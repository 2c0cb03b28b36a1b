import type { PlanApproval, Role } from '@/api/schemas';

/**
 * What the interface offers each role. The API decides anyway (and refuses with 403); these only
 * keep buttons a person may not use off the screen.
 */
export const mayDraftPlans = (role: Role): boolean => role === 'planner' || role === 'head';

/** Planners change draft plans; a head changes any plan, approved ones included. */
export const mayEditPlan = (role: Role, approval: PlanApproval): boolean =>
  role === 'head' || (role === 'planner' && approval === 'draft');

export const maySubmitPlan = (role: Role, approval: PlanApproval): boolean =>
  mayDraftPlans(role) && approval === 'draft';

export const mayReviewPlan = (role: Role, approval: PlanApproval): boolean =>
  role === 'head' && approval === 'submitted';

/** Linking a held meeting to an item, or planning one from a follow-up: planners and analysts. */
export const mayPlanMeetings = (role: Role): boolean => role !== 'viewer';

/** Logging a consultation is an analyst's form. */
export const mayLogConsultations = (role: Role): boolean => role === 'analyst' || role === 'head';
