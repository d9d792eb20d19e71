// The order in which the stack stops: tiers one after the other, the members of a tier together.
// Apps first (no new work), then their sidecars, then the actor host: its sidecar, stopping, deactivates
// each active actor by calling the host (stopped first, every call was refused and logged at error level:
// "Failed to halt all actors during placement shutdown"). Then the Dapr control plane (a scheduler
// stopped while sidecars still stream to it may keep its etcd leadership lease, and the next start then
// waits ~20 s for it), then infrastructure (and the trace store, once the sidecars sent their last spans),
// then the Erlang port mapper. Prometheus goes with the apps: what it would record of the stack going down is
// noise. nginx (in front of API replicas) goes first; a replica ('api-2', 'actors-3-sidecar') stops with its
// first instance ('api', 'actors-sidecar').
export const STOP_TIERS: readonly (readonly string[])[] = [
  ['nginx'],
  ['console', 'h5', 'api', 'sync', 'sandbox', 'prometheus'],
  ['api-sidecar', 'sync-sidecar', 'actors-sidecar'],
  ['actors'],
  ['scheduler', 'placement'],
  ['rabbitmq', 'redis', 'mariadb', 'external-db', 'zipkin'],
  ['epmd'],
];

/** Tier index of a process name; names outside the table go last. */
export function stopTier(name: string): number {
  const base = name.replace(/^(api|actors)-\d+(?=$|-sidecar$)/, '$1');
  const i = STOP_TIERS.findIndex((tier) => tier.includes(base));
  return i === -1 ? STOP_TIERS.length : i;
}
