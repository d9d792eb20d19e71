export * from './trace-context';
export * from './tracer';
export * from './zipkin';
export * from './http-server';
