/** Every path of the app, in one place; links are built with these, never by hand. */
export const paths = {
  home: () => '/',
  signIn: (next?: string) => (next ? `/sign-in?next=${encodeURIComponent(next)}` : '/sign-in'),
  timeline: (search = '') => `/timeline${search}`,
  consultations: (search = '') => `/consultations${search}`,
  newConsultation: (search = '') => `/consultations/new${search}`,
  consultation: (id: string) => `/consultations/${encodeURIComponent(id)}`,
  editConsultation: (id: string) => `/consultations/${encodeURIComponent(id)}/edit`,
  participants: (search = '') => `/participants${search}`,
  participant: (kind: 'party' | 'body' | 'person', id: string) => `/participants/${kind}/${encodeURIComponent(id)}`,
  topics: () => '/topics',
  topic: (id: string) => `/topics/${encodeURIComponent(id)}`,
  plans: () => '/plans',
  plan: (id: string) => `/plans/${encodeURIComponent(id)}`,
  newPlan: (search = '') => `/plans/new${search}`,
  followUps: () => '/follow-ups',
} as const;
