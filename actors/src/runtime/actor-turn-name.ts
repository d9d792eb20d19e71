/**
 * The span name of a request from daprd to the actor host: `BalanceActor.creditRewards` for a turn (a timer's
 * or reminder's name follows its kind: `CampaignActor.remind/expire`), null for anything else (probes,
 * /metrics, /dapr/config, deactivation), which is not traced.
 */
export function actorTurnName(url: string | undefined): string | null {
  const m = /^\/actors\/([^/?]+)\/[^/?]+\/method\/([^?]+)/.exec(url ?? '');
  return m ? `${decodeURIComponent(m[1])}.${decodeURIComponent(m[2])}` : null;
}
