export * from './trace-context';
export * from './tracer';
export * from './zipkin-reporter';
export * from './http-server';
