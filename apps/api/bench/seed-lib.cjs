// Bulk loading for the bench seeds: rows go straight into the tables in large batches
// (unnest arrays on PostgreSQL, prepared multi-row statements in one transaction on SQLite),
// because through GraphQL or the ORM the data sets would take longer to load than the bench runs.
const crypto = require('node:crypto');

/** Deterministic, so every run of the bench measures the same data. */
function prng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// uuidv7 from a pooled random buffer: one randomBytes call per id costs seconds at this size.
let pool = Buffer.alloc(0);
let at = 0;
function uuid(ms) {
  if (at + 10 > pool.length) {
    pool = crypto.randomBytes(1 << 20);
    at = 0;
  }
  const b = Buffer.alloc(16);
  pool.copy(b, 6, at, at + 10);
  at += 10;
  b.writeUIntBE(ms, 0, 6);
  b[6] = (b[6] & 0x0f) | 0x70;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

const pad = (n, w = 2) => String(n).padStart(w, '0');

/** Column-wise rows of one table, written out whenever a batch fills. */
class Table {
  constructor(writer, name, columns, parents = []) {
    Object.assign(this, { writer, name, columns, parents, rows: [], total: 0 });
  }
  async add(row) {
    this.rows.push(row);
    if (this.rows.length >= this.writer.batch) await this.flush();
  }
  async flush() {
    if (!this.rows.length) return;
    // Rows a foreign key points to go first.
    for (const p of this.parents) await p.flush();
    const rows = this.rows;
    this.rows = [];
    this.total += rows.length;
    await this.writer.write(this, rows);
  }
}

/** Column types, for PostgreSQL's unnest casts and SQLite's value encoding. */
const T = { s: 'varchar', t: 'text', i: 'int', b: 'bigint', d: 'timestamptz', j: 'jsonb', z: 'boolean' };

function pgWriter(knex) {
  return {
    batch: 10_000,
    async write(table, rows) {
      const cols = Object.keys(table.columns);
      const arrays = cols.map((c, i) => rows.map((r) => encodePg(r[i], table.columns[c])));
      const casts = cols.map((c) => `?::${T[table.columns[c]]}[]`).join(', ');
      const names = cols.map((c) => `"${c}"`);
      // jsonb[] can't come from text directly in unnest; cast the values after.
      const select = cols.map((c, i) => (table.columns[c] === 'j' ? `${names[i]}::jsonb` : names[i])).join(', ');
      await knex.raw(`insert into ${table.name} (${names.join(', ')}) select ${select} from unnest(${casts.replace(/jsonb\[\]/g, 'text[]')}) as x(${names.join(', ')})`, arrays);
    },
  };
}

function encodePg(v, type) {
  if (v == null) return null;
  if (type === 'd') return new Date(v).toISOString();
  if (type === 'j') return JSON.stringify(v);
  return v;
}

function sqliteWriter(db) {
  const statements = new Map();
  const perStatement = 100;
  const statement = (table, n) => {
    const key = `${table.name}:${n}`;
    let s = statements.get(key);
    if (!s) {
      const cols = Object.keys(table.columns);
      const one = `(${cols.map(() => '?').join(', ')})`;
      s = db.prepare(`insert into ${table.name} (${cols.map((c) => `"${c}"`).join(', ')}) values ${Array(n).fill(one).join(', ')}`);
      statements.set(key, s);
    }
    return s;
  };
  return {
    batch: 10_000,
    async write(table, rows) {
      const types = Object.values(table.columns);
      for (let i = 0; i < rows.length; i += perStatement) {
        const chunk = rows.slice(i, i + perStatement);
        const values = [];
        for (const r of chunk) for (let c = 0; c < types.length; c++) values.push(encodeSqlite(r[c], types[c]));
        statement(table, chunk.length).run(values);
      }
    },
  };
}

function encodeSqlite(v, type) {
  if (v == null) return null;
  if (type === 'd') return typeof v === 'number' ? v : new Date(v).getTime();
  if (type === 'j') return JSON.stringify(v);
  if (type === 'z') return v ? 1 : 0;
  return v;
}

/**
 * Tables to fill and, once every table has been added to, `finish(tables)` to flush them
 * parents first and commit. SQLite loads in one transaction on a connection of its own.
 */
async function bulkWriter(knex, isPg) {
  let raw = null;
  let writer;
  if (isPg) writer = pgWriter(knex);
  else {
    raw = await knex.client.acquireConnection();
    raw.exec('begin');
    writer = sqliteWriter(raw);
  }
  return {
    table: (name, columns, parents) => new Table(writer, name, columns, parents),
    async finish(tables) {
      for (const t of tables) await t.flush();
      if (raw) {
        raw.exec('commit');
        await knex.client.releaseConnection(raw);
      }
    },
  };
}

/** A timestamp column's value for knex: a Date on PostgreSQL, epoch milliseconds on SQLite. */
const stamp = (isPg, ms) => (ms == null ? null : isPg ? new Date(ms) : ms);

module.exports = { bulkWriter, pad, prng, stamp, uuid };
