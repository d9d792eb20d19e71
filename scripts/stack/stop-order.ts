// The order in which the stack stops: tiers one after the other, the members of a tier together.
// Apps first (no new work), then the sidecars that host no actors, then the actor hosts' sidecars, one at a
// time, then the actor host. An actor host's sidecar leaving placement makes placement send every sidecar
// still connected a new table (lock, update, unlock); a sidecar that is closing its stream meanwhile makes
// placement log "Error handling stream event *loops.DisseminateLock … context canceled" at error level. So
// the sidecars without actors are gone before the first actor host's sidecar leaves, and those leave one by
// one (replica k's a tier of its own, after k − 1's). The actor host goes after its sidecar, which, stopping,
// deactivates each active actor by calling the host (stopped first, every call was refused and logged at
// error level: "Failed to halt all actors during placement shutdown"). Then the Dapr control plane (a
// scheduler stopped while sidecars still stream to it may keep its etcd leadership lease, and the next start
// then waits ~20 s for it), then infrastructure (and the trace store, once the sidecars sent their last
// spans), then the Erlang port mapper. Prometheus goes with the apps: what it would record of the stack going
// down is noise. nginx (in front of API replicas) goes first; a replica ('api-2', 'actors-3') stops with its
// first instance ('api', 'actors').
export const STOP_TIERS: readonly (readonly string[])[] = [
  ['nginx'],
  ['console', 'h5', 'api', 'sync', 'sandbox', 'prometheus'],
  ['api-sidecar', 'sync-sidecar'],
  ['actors-sidecar'],
  ['actors'],
  ['scheduler', 'placement'],
  ['rabbitmq', 'redis', 'mariadb', 'external-db', 'zipkin'],
  ['epmd'],
];

/**
 * Tier of a process name; names outside the table go last. Replica k of an actor host's sidecar is at the
 * sidecars' tier + (k − 1)/100: after replica k − 1's, before the actor hosts'.
 */
export function stopTier(name: string): number {
  const replica = /^(api|actors)-(\d+)(?=$|-sidecar$)/.exec(name);
  const base = replica ? name.replace(/^(api|actors)-\d+/, '$1') : name;
  const i = STOP_TIERS.findIndex((tier) => tier.includes(base));
  if (i === -1) return STOP_TIERS.length;
  return base === 'actors-sidecar' && replica ? i + (Number(replica[2]) - 1) / 100 : i;
}
