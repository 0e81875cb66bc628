// Runs the SLA sweep the way the scheduler does, outside the server: the app's ORM from dist,
// a system context on its own fork, one transaction per sweep. Sends the parent each sweep's
// outcome, wall time and this process's memory (RSS before, sampled peak, and the high-water
// mark the kernel kept, which a synchronous driver's busy stretches cannot hide from).
require('reflect-metadata');
const fs = require('node:fs');
const path = require('node:path');
const dist = path.join(__dirname, '..', 'dist');
const { loadConfig } = require(path.join(dist, 'config'));
const { createLogger } = require(path.join(dist, 'logger'));
const { openOrm, dbTarget } = require(path.join(dist, 'db/orm'));
const { createServices } = require(path.join(dist, 'services'));
const { TokenSigner } = require(path.join(dist, 'common/auth/tokens'));
const { systemContext } = require(path.join(dist, 'jobs/system-context'));

const rss = (field = 'VmRSS') => Math.round(Number(new RegExp(`${field}:\\s+(\\d+)`).exec(fs.readFileSync('/proc/self/status', 'utf8'))?.[1] ?? 0) / 1024);

async function main() {
  const config = loadConfig();
  const log = createLogger('warn');
  const orm = await openOrm(dbTarget(config.databaseUrl, config.dataDir));
  // Tokens are never signed here; the services only need a signer to exist.
  const services = createServices(config, new TokenSigner('sla-sweep'));
  const deps = { services, config, log, now: () => new Date() };
  const sweeps = [];
  for (let i = 0; i < Number(process.argv[2] ?? 2); i++) {
    global.gc?.();
    const rssStart = rss();
    let rssPeak = rssStart;
    const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, rss())), 20);
    const started = process.hrtime.bigint();
    const outcome = await orm.em.fork().transactional((tx) => services.tickets.sweep(systemContext(tx, deps, 'sla')));
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    clearInterval(sampler);
    sweeps.push({ ...outcome, ms, rssStart, rssPeak: Math.max(rssPeak, rss()), hwm: rss('VmHWM') });
  }
  await orm.close(true);
  process.send({ sweeps });
}

main().catch((err) => {
  process.stderr.write(`${err.stack ?? err}\n`);
  process.exit(1);
});
