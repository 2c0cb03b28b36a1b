import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { request } from '../client';
import {
  Consultation,
  ConsultationFacets,
  ConsultationSummary,
  HistoryEntry,
  pageOf,
  type ConsultationFilterParams,
  type ConsultationInput,
} from '../schemas';

export interface ConsultationListParams extends ConsultationFilterParams {
  sort?: string;
  offset?: number;
  limit?: number;
}

const ConsultationPage = pageOf(ConsultationSummary);
const HistoryPage = pageOf(HistoryEntry);

export const consultationKeys = {
  all: ['consultations'] as const,
  list: (params: ConsultationListParams) => ['consultations', 'list', params] as const,
  facets: (filters: ConsultationFilterParams) => ['consultations', 'facets', filters] as const,
  detail: (id: string) => ['consultations', 'detail', id] as const,
  history: (id: string) => ['history', 'consultation', id] as const,
  duplicates: (parties: string[], from: string, to: string, exclude?: string) =>
    ['consultations', 'duplicates', { parties, from, to, exclude }] as const,
};

export const consultationQueries = {
  list: (params: ConsultationListParams) =>
    queryOptions({
      queryKey: consultationKeys.list(params),
      queryFn: ({ signal }) => request('/consultations', { schema: ConsultationPage, query: { ...params }, signal }),
      placeholderData: keepPreviousData,
    }),
  facets: (filters: ConsultationFilterParams) =>
    queryOptions({
      queryKey: consultationKeys.facets(filters),
      queryFn: ({ signal }) => request('/consultations/facets', { schema: ConsultationFacets, query: { ...filters }, signal }),
      placeholderData: keepPreviousData,
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: consultationKeys.detail(id),
      queryFn: ({ signal }) => request(`/consultations/${encodeURIComponent(id)}`, { schema: Consultation, signal }),
    }),
  history: (id: string) =>
    queryOptions({
      queryKey: consultationKeys.history(id),
      queryFn: ({ signal }) =>
        request('/history', { schema: HistoryPage, query: { entity: 'consultation', entityId: id }, signal }),
    }),
  duplicates: (parties: string[], from: string, to: string, exclude?: string) =>
    queryOptions({
      queryKey: consultationKeys.duplicates(parties, from, to, exclude),
      queryFn: ({ signal }) =>
        request('/consultations/duplicates', {
          schema: z.array(ConsultationSummary),
          query: { party: parties, from, to, exclude },
          signal,
        }),
      enabled: parties.length > 0,
    }),
};

export const consultationApi = {
  create: (data: ConsultationInput) => request('/consultations', { schema: Consultation, method: 'POST', body: data }),
  update: (id: string, version: number, data: ConsultationInput) =>
    request(`/consultations/${encodeURIComponent(id)}`, { schema: Consultation, method: 'PUT', body: { version, data } }),
  remove: (id: string, version: number) =>
    request(`/consultations/${encodeURIComponent(id)}`, { schema: Consultation, method: 'DELETE', body: { version } }),
  restore: (id: string, version: number) =>
    request(`/consultations/${encodeURIComponent(id)}/restore`, { schema: Consultation, method: 'POST', body: { version } }),
};
