/** The forms feature: field definitions (form-schema, form-definition), safe patterns, and value checks (form-values). */
export * from './calendar-date';
export * from './safe-pattern';
export * from './form-schema';
export * from './form-definition';
export * from './form-values';
