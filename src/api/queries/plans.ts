import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { request } from '../client';
import { FollowUpRow, Plan, PlanItemWithFulfilment, PlanWithFulfilment, pageOf, type PlanInput, type PlanItemInput } from '../schemas';

export const planKeys = {
  all: ['plans'] as const,
  list: (params: Record<string, string | undefined>) => ['plans', 'list', params] as const,
  detail: (id: string) => ['plans', 'detail', id] as const,
  items: (id: string) => ['plans', 'items', id] as const,
  followUps: (status: string) => ['plans', 'follow-ups', status] as const,
};

export const planQueries = {
  list: (params: { q?: string; status?: string; party?: string } = {}) =>
    queryOptions({
      queryKey: planKeys.list(params),
      queryFn: ({ signal }) => request('/plans', { schema: pageOf(PlanWithFulfilment), query: { limit: 500, ...params }, signal }),
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: planKeys.detail(id),
      queryFn: ({ signal }) => request(`/plans/${encodeURIComponent(id)}`, { schema: PlanWithFulfilment, signal }),
    }),
  items: (id: string) =>
    queryOptions({
      queryKey: planKeys.items(id),
      queryFn: ({ signal }) => request(`/plans/${encodeURIComponent(id)}/items`, { schema: z.array(PlanItemWithFulfilment), signal }),
    }),
  followUps: (status: 'open' | 'planned' | 'done' | 'dropped' | 'all' = 'open') =>
    queryOptions({
      queryKey: planKeys.followUps(status),
      queryFn: ({ signal }) => request('/follow-ups', { schema: z.array(FollowUpRow), query: { status }, signal }),
    }),
};

export const planApi = {
  create: (data: PlanInput) => request('/plans', { schema: Plan, method: 'POST', body: data }),
  update: (id: string, version: number, data: PlanInput) =>
    request(`/plans/${encodeURIComponent(id)}`, { schema: Plan, method: 'PUT', body: { version, data } }),
  review: (id: string, action: 'submit' | 'approve' | 'return', version: number, comment = '') =>
    request(`/plans/${encodeURIComponent(id)}/${action}`, { schema: Plan, method: 'POST', body: { version, comment } }),
  createItem: (data: PlanItemInput) => request('/plan-items', { schema: PlanItemWithFulfilment, method: 'POST', body: data }),
  updateItem: (id: string, version: number, data: PlanItemInput) =>
    request(`/plan-items/${encodeURIComponent(id)}`, { schema: PlanItemWithFulfilment, method: 'PUT', body: { version, data } }),
};
