// Tracing on the local stack (StackConfig.tracing): the trace store is a Zipkin server (infra/zipkin.ts);
// every sidecar gets a Configuration that samples every request and exports to it, and every app its
// spans URL (ZIPKIN_SPANS_URL). Off, dapr/config.yaml is used as it is (samplingRate "0") and the apps
// get no URL, so they make no span and send no traceparent: the tests and the bench pay nothing for it.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { StackConfig } from './config';

export function zipkinUrl(cfg: StackConfig): string {
  return `http://127.0.0.1:${cfg.ports.zipkin}`;
}

export function zipkinSpansUrl(cfg: StackConfig): string {
  return `${zipkinUrl(cfg)}/api/v2/spans`;
}

/** What an app with a sidecar is told about tracing. */
export function tracingEnv(cfg: StackConfig): Record<string, string> {
  // OPS_TRACES_URL: the API links each paid order to its trace in Zipkin's UI (the console's order page).
  return cfg.tracing ? { ZIPKIN_SPANS_URL: zipkinSpansUrl(cfg), OPS_TRACES_URL: `${zipkinUrl(cfg)}/zipkin` } : {};
}

const SAMPLING_OFF = /^( +)samplingRate: "0"\s*$/m;

/**
 * dapr/config.yaml with tracing on: its `samplingRate: "0"` line replaced by a rate of 1 (every request) and
 * the Zipkin exporter. Everything else is the shared file's, line for line. Throws if the file no longer
 * has that line (then this needs to follow the file).
 */
export function tracedDaprConfig(shared: string, spansUrl: string): string {
  const matches = shared.match(new RegExp(SAMPLING_OFF.source, 'gm')) ?? [];
  if (matches.length !== 1) throw new Error(`dapr/config.yaml: expected exactly one 'samplingRate: "0"' line under tracing, found ${matches.length}`);
  return shared.replace(SAMPLING_OFF, (_line, indent: string) =>
    `${indent}samplingRate: "1" # written by scripts/stack/tracing.ts: the stack runs with tracing on\n${indent}zipkin:\n${indent}  endpointAddress: "${spansUrl}"`);
}

/** The Configuration file the sidecars run with: the shared one, or its traced copy under the state dir. */
export function daprConfigFile(cfg: StackConfig): string {
  if (!cfg.tracing) return cfg.daprConfigFile;
  const file = path.join(cfg.stateDir, 'dapr', 'config.traced.yaml');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, tracedDaprConfig(fs.readFileSync(cfg.daprConfigFile, 'utf8'), zipkinSpansUrl(cfg)));
  return file;
}
