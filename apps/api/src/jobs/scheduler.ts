import type { Orm } from '../db/orm';
import type { Services } from '../services';
import type { Config } from '../config';
import type { Logger } from '../logger';
import { localDate } from '../common/time';
import { affectedRows, execute } from '../common/sql';
import { systemContext } from './system-context';

interface Job {
  name: string;
  /** Daily jobs run once per local day across replicas; the others run on every tick and are safe to run concurrently. */
  daily: boolean;
  run: (ctx: ReturnType<typeof systemContext>) => Promise<unknown>;
}

/** The month before the one `at` falls in, YYYY-MM in the company's time zone. */
export function previousMonth(at: Date, timeZone: string): string {
  const [y, m] = localDate(at, timeZone).split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/** How often replicas run the frequent jobs and look for a daily one that has not run today. */
const TICK_MS = 5 * 60_000;

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
      { name: 'points-expiry', daily: true, run: (ctx) => deps.services.loyalty.expireAll(ctx) },
      { name: 'tier-evaluation', daily: true, run: (ctx) => deps.services.tiers.evaluateAll(ctx, 'evaluate', undefined, true) },
      // Reminders and escalation claim each step with a conditional UPDATE, so every replica may run them.
      { name: 'approval-escalation', daily: false, run: (ctx) => ctx.em.transactional((tx) => deps.services.processes.escalate({ ...ctx, em: tx })) },
      { name: 'sla-sweep', daily: false, run: (ctx) => ctx.em.transactional((tx) => deps.services.tickets.sweep({ ...ctx, em: tx })) },
      // Each due invitation is claimed with a conditional UPDATE, so replicas never send one twice (R-SAT-1).
      { name: 'survey-dispatch', daily: false, run: (ctx) => ctx.em.transactional((tx) => deps.services.surveys.dispatchDue({ ...ctx, em: tx })) },
      // R-SAT-4: last month against the unit targets, once a day; evaluating again changes no outcome already acted on.
      { name: 'satisfaction-evaluation', daily: true, run: (ctx) => ctx.em.transactional((tx) => deps.services.satisfaction.evaluate({ ...ctx, em: tx }, previousMonth(ctx.now(), deps.config.timeZone))) },
      { name: 'email-outbox', daily: false, run: (ctx) => deps.services.notifications.deliver(ctx) },
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
        if (job.daily) {
          const claimed = await execute<unknown>(ctx, em.getKnex()('app_setting').insert({ key: `job:${job.name}:${day}`, value: new Date().toISOString() }).onConflict('key').ignore(), 'run');
          if (!affectedRows(claimed)) continue;
        }
        const started = Date.now();
        const result = await job.run(ctx);
        this.deps.log[job.daily ? 'info' : 'debug']({ job: job.name, day, ms: Date.now() - started, result }, 'scheduled job finished');
      } catch (err) {
        this.deps.log.error({ err, job: job.name, day }, 'scheduled job failed');
      }
    }
  }
}
