/**
 * How many payment notifications may be worked on at once, adapted to how fast they are answered: additive
 * increase, multiplicative decrease on the answer time (as TCP's congestion window does on loss). While
 * answers come within `targetMs` the bound grows by about one per bound's worth of answers, up to `max`;
 * an answer slower than that shrinks it by a fifth, at most once per `targetMs` (the answers already under
 * way when it shrank are slow for the same reason and must not shrink it again), down to `min`. When nothing
 * is in hand and no answer has been slow for ten target times, it is back at `max`: there is no queue to
 * protect and no sign of one, so a burst after a quiet stretch is taken and measured afresh (otherwise the
 * bound a past overload left would refuse it, and only answers could raise it again). Not sooner: under a
 * sustained overload the other gates can empty the pipe for a moment (settlements running late), and a
 * bound reset then lets in a burst that is answered seconds late (bench/README.md).
 *
 * Why not a fixed count: the count a machine answers within the target depends on the machine and on the
 * work (a hot key's one-level orders take a fraction of a three-level order's), so any fixed count either
 * refuses a notifier's harmless burst on a fast machine or lets a saturated one queue answers for seconds
 * (bench/README.md measured both). Why not the age of the oldest in hand: once it is answered the gate
 * opens wide at once, and the burst it lets in is answered late.
 */
export class AnswerTimeLimit {
  private bound: number;
  private lastShrinkAt = Number.NEGATIVE_INFINITY;

  constructor(private readonly min: number, private readonly max: number, private readonly targetMs: number) {
    if (!(min >= 1 && max >= min && targetMs > 0)) throw new RangeError(`answer time limit: need 1 <= min <= max and a positive target (min ${min}, max ${max}, target ${targetMs})`);
    this.bound = max;
  }

  /** Notifications that may be in hand now. */
  get limit(): number {
    return Math.floor(this.bound);
  }

  /** Whether one more may be taken with `inHand` being worked on now, at `now` (the clock of `answered`). */
  admits(inHand: number, now: number): boolean {
    if (inHand === 0 && now - this.lastShrinkAt >= 10 * this.targetMs) this.bound = this.max;
    return inHand < this.limit;
  }

  /** One notification was answered `ms` after it was taken, at `now` (ms, any monotonic clock). */
  answered(ms: number, now: number): void {
    if (ms <= this.targetMs) {
      this.bound = Math.min(this.max, this.bound + 1 / this.bound);
    } else if (now - this.lastShrinkAt >= this.targetMs) {
      this.bound = Math.max(this.min, this.bound * 0.8);
      this.lastShrinkAt = now;
    }
  }
}
