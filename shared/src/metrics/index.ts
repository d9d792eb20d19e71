export * from './process-metrics';
export * from './scrape-source';
export * from './exposition';
