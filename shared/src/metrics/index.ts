export * from './process-metrics';
export * from './scrape-source';
