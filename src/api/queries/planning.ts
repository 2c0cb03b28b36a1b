import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { request } from '../client';
import { Consultation, Plan } from '../schemas';
import {
  Clash,
  PlanHistory,
  PlanProposal,
  type ClashCheckRequest,
  type DraftPlanRequest,
  type FollowUpConsultationRequest,
} from '../schemas/planning';

/** Keys sit under ['plans'], so every plan write refreshes proposals, clashes and history too. */
export const planningKeys = {
  proposal: (planId: string, start: string, end: string) =>
    ['plans', 'proposal', planId, start, end] as const,
  clashes: (planId: string) => ['plans', 'clashes', planId] as const,
  draftClashes: (body: ClashCheckRequest) => ['plans', 'draft-clashes', body] as const,
  history: (planId: string) => ['plans', 'history', planId] as const,
};

const ClashList = z.array(Clash);

export const planningQueries = {
  /** What the next plan after `planId` could hold for a period. */
  proposal: (planId: string, start: string, end: string) =>
    queryOptions({
      queryKey: planningKeys.proposal(planId, start, end),
      queryFn: ({ signal }) =>
        request(`/plans/${encodeURIComponent(planId)}/proposal`, {
          schema: PlanProposal,
          query: { start, end },
          signal,
        }),
      retry: false,
    }),
  clashes: (planId: string) =>
    queryOptions({
      queryKey: planningKeys.clashes(planId),
      queryFn: ({ signal }) =>
        request(`/plans/${encodeURIComponent(planId)}/clashes`, { schema: ClashList, signal }),
    }),
  /** Warnings for items not stored yet. */
  draftClashes: (body: ClashCheckRequest) =>
    queryOptions({
      queryKey: planningKeys.draftClashes(body),
      queryFn: ({ signal }) =>
        request('/plans/clashes', { schema: ClashList, method: 'POST', body, signal }),
      retry: false,
    }),
  history: (planId: string) =>
    queryOptions({
      queryKey: planningKeys.history(planId),
      queryFn: ({ signal }) =>
        request(`/plans/${encodeURIComponent(planId)}/history`, { schema: PlanHistory, signal }),
    }),
};

export const planningApi = {
  /** A new draft plan with its items, in one commit. */
  createDraft: (data: DraftPlanRequest) =>
    request('/plans/draft', { schema: Plan, method: 'POST', body: data }),
  linkConsultation: (itemId: string, consultationId: string, version: number) =>
    request(`/plan-items/${encodeURIComponent(itemId)}/link`, {
      schema: Consultation,
      method: 'POST',
      body: { consultationId, version },
    }),
  unlinkConsultation: (itemId: string, consultationId: string, version: number) =>
    request(`/plan-items/${encodeURIComponent(itemId)}/unlink`, {
      schema: Consultation,
      method: 'POST',
      body: { consultationId, version },
    }),
  /** A planned consultation from a follow-up; the follow-up is marked in the same commit. */
  followUpToConsultation: (data: FollowUpConsultationRequest) =>
    request('/follow-ups/consultation', { schema: Consultation, method: 'POST', body: data }),
  removeItem: (id: string, version: number) =>
    request(`/plan-items/${encodeURIComponent(id)}`, {
      schema: z.looseObject({ id: z.string(), version: z.number() }),
      method: 'DELETE',
      body: { version },
    }),
  restoreItem: (id: string, version: number) =>
    request(`/plan-items/${encodeURIComponent(id)}/restore`, {
      schema: z.looseObject({ id: z.string(), version: z.number() }),
      method: 'POST',
      body: { version },
    }),
};
