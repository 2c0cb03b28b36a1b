export * from './common';
export * from './directory';
export * from './consultations';
export * from './plans';
export * from './users';
export * from './stats';
