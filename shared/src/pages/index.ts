/** The campaign page feature: the page schema (what the designer writes and the H5 app renders) and its rules in words. */
export * from './page-schema';
export * from './page-rules';
