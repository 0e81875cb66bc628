import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const { seedBench } = require('./seed.cjs');
import { spawn } from 'node:child_process';
import fs from 'node:fs';
const dataDir = fs.mkdtempSync('/tmp/shprof-');
const s = await seedBench(dataDir);
const api = spawn(process.execPath, ['dist/main.js'], { cwd: process.cwd(), env: { ...process.env, NODE_ENV: 'production', PORT: '4997', DATA_DIR: dataDir, SEED_DEMO: 'false', LOG_LEVEL: 'warn' }, stdio: 'ignore' });
for (let i = 0; i < 100; i++) { try { if ((await fetch('http://127.0.0.1:4997/readyz')).ok) break; } catch {} await new Promise(r => setTimeout(r, 200)); }
const url = 'http://127.0.0.1:4997/graphql';
const login = await (await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'mutation($i: LoginInput!) { login(input: $i) { accessToken } }', variables: { i: { email: s.email, password: s.password } } }) })).json();
const h = { 'content-type': 'application/json', authorization: 'Bearer ' + login.data.login.accessToken };
const cpu = () => { const f = fs.readFileSync(`/proc/${api.pid}/stat`, 'utf8').split(') ')[1].split(' '); return (Number(f[11]) + Number(f[12])) * 10; };
for (const q of process.argv.slice(2)) {
  const body = JSON.stringify({ query: q });
  for (let i = 0; i < 100; i++) await (await fetch(url, { method: 'POST', headers: h, body })).text();
  const n = 400; const c0 = cpu();
  for (let i = 0; i < n; i++) await (await fetch(url, { method: 'POST', headers: h, body })).text();
  console.log(((cpu() - c0) / n).toFixed(3), 'ms CPU/req', q.slice(0, 70));
}
api.kill('SIGINT');
