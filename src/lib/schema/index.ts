/** Every record schema of the data, in one import. */
export * from './common';
export * from './date';
export * from './actor';
export * from './place';
export * from './event';
export * from './relation';
export * from './article';
export * from './story';
