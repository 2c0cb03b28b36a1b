export { EditConsultationPage, NewConsultationPage } from './form-pages';
export type { PastedDirectory, PastedProposal, PressReleaseParser } from './prefill';
