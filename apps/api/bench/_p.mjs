import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const { seedBench } = require('./seed.cjs');
const autocannon = require('autocannon');
import { spawn } from 'node:child_process';
import fs from 'node:fs';
const dataDir = fs.mkdtempSync('/tmp/shprof-');
const s = await seedBench(dataDir, process.env.BENCH_DATABASE_URL);
const api = spawn('taskset', ['-c', '0', process.execPath, ...(process.env.PROF ? ['--cpu-prof', '--cpu-prof-dir=/tmp/cpuprof2'] : []), 'dist/main.js'], { cwd: process.cwd(), env: { ...process.env, NODE_ENV: 'production', PORT: '4998', DATA_DIR: dataDir, DATABASE_URL: process.env.BENCH_DATABASE_URL ?? '', SEED_DEMO: 'false', LOG_LEVEL: 'warn' }, stdio: 'ignore' });
for (let i = 0; i < 100; i++) { try { if ((await fetch('http://127.0.0.1:4998/readyz')).ok) break; } catch {} await new Promise(r => setTimeout(r, 200)); }
const url = 'http://127.0.0.1:4998/graphql';
const login = await (await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'mutation($i: LoginInput!) { login(input: $i) { accessToken } }', variables: { i: { email: s.email, password: s.password } } }) })).json();
const h = { 'content-type': 'application/json', ...(process.argv[3] ? {} : { authorization: 'Bearer ' + login.data.login.accessToken }) };
const r = await autocannon({ url, method: 'POST', headers: h, body: JSON.stringify({ query: process.argv[2] }), connections: Number(process.env.C ?? 10), duration: 5 });
console.log('rps', r.requests.average, 'p99', r.latency.p99);
api.kill('SIGINT');
await new Promise(r => api.on('exit', r));
