import type { Orm } from '../db/orm';
import type { Services } from '../services';
import type { Config } from '../config';
import type { Logger } from '../logger';
import { localDate } from '../common/time';
import { execute } from '../common/sql';
import { systemContext } from './system-context';

interface Job {
  name: string;
  run: (ctx: ReturnType<typeof systemContext>) => Promise<unknown>;
}

/** How often replicas look for a job that has not run today. */
const TICK_MS = 15 * 60_000;

/**
 * Daily jobs: tier re-evaluation (R-CRM-2 downgrades after grace, ended overrides) and points
 * expiry (R-LOY-1). Each runs once per local day across all replicas: the first replica to
 * insert the day's claim row runs it, the others see the row and skip. Both jobs are
 * idempotent, so a run cut short is simply completed the next day.
 */
export class Scheduler {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  readonly jobs: Job[];

  constructor(
    private readonly deps: { orm: Orm; services: Services; config: Config; log: Logger; now: () => Date },
  ) {
    this.jobs = [
      { name: 'points-expiry', run: (ctx) => deps.services.loyalty.expireAll(ctx) },
      { name: 'tier-evaluation', run: (ctx) => deps.services.tiers.evaluateAll(ctx, 'evaluate', undefined, true) },
    ];
  }

  start(): void {
    this.timer = setInterval(() => void this.tick(), TICK_MS);
    this.timer.unref();
    void this.tick();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  /** Runs every job not yet claimed today; resolves when they finish. */
  tick(): Promise<void> {
    this.running ??= this.runDue().finally(() => (this.running = null));
    return this.running;
  }

  private async runDue(): Promise<void> {
    const day = localDate(this.deps.now(), this.deps.config.timeZone);
    for (const job of this.jobs) {
      const em = this.deps.orm.em.fork();
      const ctx = systemContext(em, this.deps, job.name);
      try {
        const claimed = await execute<unknown>(ctx, em.getKnex()('app_setting').insert({ key: `job:${job.name}:${day}`, value: new Date().toISOString() }).onConflict('key').ignore(), 'run');
        if (!changed(claimed)) continue;
        const started = Date.now();
        const result = await job.run(ctx);
        this.deps.log.info({ job: job.name, day, ms: Date.now() - started, result }, 'scheduled job finished');
      } catch (err) {
        this.deps.log.error({ err, job: job.name, day }, 'scheduled job failed');
      }
    }
  }
}

/** Whether an INSERT … ON CONFLICT DO NOTHING inserted its row (drivers report it differently). */
function changed(result: unknown): boolean {
  if (result && typeof result === 'object') {
    const r = result as { affectedRows?: number; rowCount?: number; changes?: number };
    return (r.affectedRows ?? r.rowCount ?? r.changes ?? 0) > 0;
  }
  return Number(result) > 0;
}
