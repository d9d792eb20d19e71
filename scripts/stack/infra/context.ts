// What the infrastructure starters share: the configuration, the supervisor, and which services
// were found already running (those are used as they are and never stopped or restarted by us).
import type { StackConfig } from '../config';
import type { Supervisor } from '../supervisor';

export type InfraName = 'mariadb' | 'redis' | 'rabbitmq' | 'external-db';

export interface InfraContext {
  readonly cfg: StackConfig;
  readonly sup: Supervisor;
  /** Services that answered before we started anything: reused, not owned. */
  readonly reused: Set<InfraName>;
}

export function assertOwned(ctx: InfraContext, name: InfraName): void {
  if (ctx.reused.has(name)) {
    throw new Error(`${name} is not managed by this stack: an existing server was reused (stop it and start again to let the stack own it)`);
  }
}
