export { parsePressRelease } from './parse-press-release';
export { findDates, resolveRelative } from './dates';
export type {
  ParseOptions,
  PressReleaseDirectory,
  PressReleaseProposal,
  ProposedDate,
  ProposedDelegation,
  ProposedFollowUp,
  ProposedOutcome,
  ProposedPlace,
  ProposedSource,
} from './types';
