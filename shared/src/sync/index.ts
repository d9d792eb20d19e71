export * from './target-config';
export * from './worker-contract';
