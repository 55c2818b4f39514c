export * from './drug-catalogue.js';
export * from './entry-schema.js';
export * from './knowledge-base.js';
export * from './reference-interactions.js';
export * from './mme-factors.js';
export * from './instruments.js';
export * from './red-flags.js';
