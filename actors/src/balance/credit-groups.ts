import type { CreditDecision, CreditRequest } from './credit-plan';

/** One BalanceActor turn's credits: the balance they go to, and the rewards, in order. */
export interface BalanceCredits {
  userId: string;
  requests: readonly CreditRequest[];
}

/** What crediting one balance decided; null: it takes the general path (no balance row yet, or debt to repay). */
export type CreditOutcome = CreditDecision[] | null;

/** Balances per shared transaction at most. */
export const CREDIT_GROUP_MAX = 32;

type Waiting = { credits: BalanceCredits; resolve: (outcome: CreditOutcome) => void; reject: (err: unknown) => void };

/**
 * Credits of different balances that reach this actor host within `lingerMs` of each other share one
 * transaction (`together`): a paid order's three rewards go to three BalanceActors at once, each a turn of its
 * own, and each turn used to be a transaction of its own (two round trips, one commit). Every balance still has
 * one writer: each credit is still its actor's turn, which waits for the shared commit before it answers, and
 * two turns of one balance never run at once (Dapr's turn-based concurrency), so the balances of one group are
 * distinct and no two groups in flight share one. Should they (a balance active on two hosts for a moment, or
 * the same balance twice in a window), its later credits are taken alone after the group.
 *
 * A turn carrying several credits does not linger (see submit). A group of one is taken `alone`, as before. If
 * the shared transaction fails, nothing of it was written (or, past its commit, what was written is a replay,
 * unchanged to the ledger's unique key): each balance of it is then taken alone, so one bad credit never fails the
 * others.
 */
export class CreditGroups {
  private waiting: Waiting[] = [];
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly together: (group: readonly BalanceCredits[]) => Promise<CreditOutcome[]>,
    private readonly alone: (credits: BalanceCredits) => Promise<CreditOutcome>,
    private readonly onGroupFailed: (err: unknown, balances: number) => void = () => undefined,
    /** How long a turn's credits wait for other balances' before their transaction (ms); 0: no grouping, each alone at once. */
    private readonly lingerMs: number,
    private readonly max = CREDIT_GROUP_MAX,
  ) {
    if (!(max >= 1 && lingerMs >= 0)) throw new RangeError(`credit groups: need max >= 1 and linger >= 0 (max ${max}, linger ${lingerMs})`);
  }

  /** One turn's credits; resolves once they are committed (with the others of their group). */
  submit(credits: BalanceCredits): Promise<CreditOutcome> {
    if (this.lingerMs === 0) return this.alone(credits);
    return new Promise<CreditOutcome>((resolve, reject) => {
      this.waiting.push({ credits, resolve, reject });
      // A turn that carries several credits (a hot balance's batch) already has company: it goes at once,
      // with whatever is waiting, instead of adding the linger to every turn of that balance.
      if (this.waiting.length >= this.max || credits.requests.length > 1) this.flush();
      else this.timer ??= setTimeout(() => this.flush(), this.lingerMs);
    });
  }

  private flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const batch = this.waiting.splice(0, this.max);
    void this.run(batch);
    if (this.waiting.length > 0) this.timer = setTimeout(() => this.flush(), this.lingerMs);
  }

  private async run(batch: Waiting[]): Promise<void> {
    const seen = new Set<string>();
    const group: Waiting[] = [];
    const later: Waiting[] = [];
    for (const w of batch) {
      (seen.has(w.credits.userId) ? later : group).push(w);
      seen.add(w.credits.userId);
    }
    if (group.length === 1) {
      await this.settleAlone(group[0]!);
    } else {
      let outcomes: CreditOutcome[] | undefined;
      try {
        outcomes = await this.together(group.map((w) => w.credits));
        if (outcomes.length !== group.length) throw new Error(`a shared credit transaction answered ${outcomes.length} outcomes for ${group.length} balances`);
      } catch (err) {
        this.onGroupFailed(err, group.length);
        outcomes = undefined;
      }
      if (outcomes) group.forEach((w, i) => w.resolve(outcomes[i]!));
      else await Promise.all(group.map((w) => this.settleAlone(w)));
    }
    for (const w of later) await this.settleAlone(w);
  }

  private async settleAlone(w: Waiting): Promise<void> {
    try {
      w.resolve(await this.alone(w.credits));
    } catch (err) {
      w.reject(err);
    }
  }
}
