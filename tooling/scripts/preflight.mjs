#!/usr/bin/env node
// Makes a fresh machine ready for the test suites: PostgreSQL listening on 127.0.0.1:5432
// and Debian's Chromium with CJK fonts for the browser tests. Installs only what is missing.
import { execSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import net from 'node:net';

const log = (msg) => process.stdout.write(`[preflight] ${msg}\n`);
const sh = (cmd) => execSync(cmd, { stdio: 'inherit' });
const isRoot = process.getuid?.() === 0;
const sudo = isRoot ? '' : 'sudo ';

function listening(port, host = '127.0.0.1') {
  return new Promise((resolve) => {
    const s = net.connect({ port, host, timeout: 1500 }, () => {
      s.destroy();
      resolve(true);
    });
    s.on('error', () => resolve(false));
    s.on('timeout', () => {
      s.destroy();
      resolve(false);
    });
  });
}

const aptPackages = [];
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) aptPackages.push('chromium');
const fonts = spawnSync('sh', ['-c', 'fc-list 2>/dev/null | grep -qi "Noto Sans CJK"']);
if (fonts.status !== 0) aptPackages.push('fonts-noto-cjk');
const pgUp = await listening(5432);
if (!pgUp && !existsSync('/usr/lib/postgresql')) aptPackages.push('postgresql');

if (aptPackages.length) {
  log(`installing ${aptPackages.join(', ')} from Debian`);
  sh(`${sudo}apt-get update -qq`);
  sh(`DEBIAN_FRONTEND=noninteractive ${sudo}apt-get install -y -qq --no-install-recommends ${aptPackages.join(' ')}`);
}

if (!(await listening(5432))) {
  const versions = existsSync('/etc/postgresql') ? readdirSync('/etc/postgresql') : [];
  if (!versions.length) throw new Error('PostgreSQL is not installed and could not be installed');
  log(`starting PostgreSQL ${versions[0]}`);
  sh(`${sudo}pg_ctlcluster --skip-systemctl-redirect ${versions[0]} main start || true`);
  for (let i = 0; i < 30 && !(await listening(5432)); i++) await new Promise((r) => setTimeout(r, 1000));
  if (!(await listening(5432))) throw new Error('PostgreSQL did not come up on 127.0.0.1:5432');
}
// The suites connect as postgres without a password (the machines' trust auth); say so
// clearly when that is not the case instead of failing later with a driver error.
const probe = spawnSync('psql', ['-h', '127.0.0.1', '-U', 'postgres', '-tAc', 'select 1'], { encoding: 'utf8' });
if (probe.status !== 0) log(`warning: cannot connect as postgres@127.0.0.1 (${(probe.stderr || '').trim()}); set PG_TEST_URL`);
log('ready: PostgreSQL on 127.0.0.1:5432, Chromium and CJK fonts present');
