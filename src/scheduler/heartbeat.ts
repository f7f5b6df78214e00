/**
 * Lease renewal: while this process is still running a job it claimed, the job's lease is moved on,
 * so a job that is slow but alive (a cover escalation DMing 300 volunteers through Slack's rate
 * limits, a digest to many spaces) is not taken for crashed and run a second time.
 *
 * A renewal is one more conditional write of lease.ts: it lands only while this claim still holds
 * the job. A crashed instance renews nothing, so its jobs are taken over once their leases expire,
 * as before. An instance that was frozen past its lease and taken over finds that its renewal
 * changes no row, and it cannot record the end of its run either: the newer run is never overwritten.
 *
 * The race. Every write after the claim names the lease's expiry, and a renewal changes it. Were
 * the end of a run recorded under the expiry it was claimed with while a renewal had just landed,
 * it would match no row: the job would be reported lost, left "running" and run again once the
 * renewed lease expired — the double run renewal is there to prevent. So the writes of one claim
 * (renewals, then the end) go through one promise chain: each starts only once the one before it
 * has answered, and names the expiry the row holds by then. Recording the end waits at most one
 * renewal's round trip; once it is queued, no renewal is sent.
 *
 * A renewal that fails in transit (the connection drops) may or may not have landed. Its expiry is
 * then kept as possible too and the next write matches either (see Hold in lease.ts); both were
 * written by this claim alone, and a claim by anyone else changes the owner or the attempts.
 */
import type { Db, Job } from "../db/index.js";
import { renew, settle, type Hold, type Lease, type Settlement } from "./lease.js";

/** What one renewal did. */
export type Renewal =
  /** The lease now runs to the new expiry. */
  | "renewed"
  /** This claim no longer holds the job (taken over or given back): the run cannot be recorded. */
  | "lost"
  /** The run's end is recorded or being recorded: nothing to renew. */
  | "ended";

/** The lease of one job this process claimed and is running: its renewals and its end, in order. */
export class HeldLease {
  readonly #db: Db;
  readonly #id: string;
  readonly #owner: string;
  readonly #attempts: number;
  /** The expiries the row may hold: one, unless a renewal failed in transit. */
  #expiresAt: Date[];
  /** Each write of this claim starts after the one before it has answered. Never rejects. */
  #chain: Promise<unknown> = Promise.resolve();
  #ended = false;
  #lost = false;

  /** `job` is the row as claimed (attempts already counted), `lease` the claim. */
  constructor(db: Db, job: Job, lease: Lease) {
    this.#db = db;
    this.#id = job.id;
    this.#owner = lease.owner;
    this.#attempts = job.attempts;
    this.#expiresAt = [lease.expiresAt];
  }

  /**
   * Moves the lease on to `expiresAt`, after any write of this claim still in flight. Rejects on a
   * database error (the renewal may have landed; the next write allows for both).
   */
  renew(expiresAt: Date): Promise<Renewal> {
    return this.#after(async (): Promise<Renewal> => {
      if (this.#ended) return "ended";
      if (this.#lost) return "lost"; // taken over: another instance's lease is never touched
      try {
        if (!(await renew(this.#db, this.#hold(), expiresAt))) {
          this.#lost = true;
          return "lost";
        }
      } catch (error) {
        this.#expiresAt = [...this.#expiresAt, expiresAt];
        throw error;
      }
      this.#expiresAt = [expiresAt];
      return "renewed";
    });
  }

  /**
   * Records the end of the run (see lease.ts `settle`), after a renewal still in flight has answered,
   * and under the expiry the row holds by then. Returns false when this claim no longer holds the job.
   */
  settle(now: Date, outcome: Settlement): Promise<boolean> {
    this.#ended = true; // renewals not yet sent are not sent
    return this.#after(() => settle(this.#db, this.#hold(), now, outcome));
  }

  #hold(): Hold {
    return { id: this.#id, owner: this.#owner, attempts: this.#attempts, expiresAt: this.#expiresAt };
  }

  #after<T>(write: () => Promise<T>): Promise<T> {
    const next = this.#chain.then(write);
    this.#chain = next.catch(() => undefined); // a failed write does not stop the ones after it
    return next;
  }
}
