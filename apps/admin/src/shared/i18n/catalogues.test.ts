import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { messages } from './messages';

// Feature catalogues load with their feature's pages, so a key of one used anywhere else
// would show as a raw key. These checks read the sources, as the bundler would.

const src = resolve(import.meta.dirname, '..', '..');

/** Catalogues that load lazily, by the feature directory whose routes load them. */
const lazy: Record<string, string[]> = {
  processes: ['messages.ts'],
  'service-desk': ['messages.ts', 'report-messages.ts'],
  surveys: ['messages.ts', 'labels-messages.ts', 'dashboard-messages.ts', 'responses-messages.ts', 'templates-messages.ts', 'settings-messages.ts'],
};

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'gql' ? [] : sources(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

const keysOf = (file: string) => [...readFileSync(file, 'utf8').matchAll(/^\s+'([\w.]+)': \[/gm)].map((m) => m[1]!);

const owner = new Map<string, string>();
const duplicates: string[] = [];
for (const [feature, files] of Object.entries(lazy)) {
  for (const file of files) {
    for (const key of keysOf(join(src, 'features', feature, file))) {
      if (owner.has(key) || key in messages) duplicates.push(key);
      owner.set(key, feature);
    }
  }
}

describe('message catalogues', () => {
  it('never define a key twice (a later one would silently win)', () => {
    expect(duplicates).toEqual([]);
  });

  it('are each loaded by their feature’s routes', () => {
    for (const [feature, files] of Object.entries(lazy)) {
      const routes = readFileSync(join(src, 'features', feature, 'routes.ts'), 'utf8');
      for (const file of files) expect(routes, `${feature}/routes.ts loads ${file}`).toContain(`import('./${file.replace(/\.ts$/, '')}')`);
    }
  });

  it('keep a feature’s keys inside that feature', () => {
    const strays: string[] = [];
    for (const file of sources(src)) {
      const path = relative(src, file).replaceAll('\\', '/');
      const feature = /^features\/([^/]+)\//.exec(path)?.[1];
      const text = readFileSync(file, 'utf8');
      const literals = [...text.matchAll(/'([\w.]+)'/g)].map((m) => m[1]!);
      // `sd.status.${status}` and the like: the prefix names the catalogue.
      const prefixes = [...text.matchAll(/`([\w]+\.[\w.]*)\$\{/g)].map((m) => m[1]!);
      for (const key of literals) {
        const home = owner.get(key);
        if (home && (home !== feature || path.endsWith('/routes.ts'))) strays.push(`${path}: ${key}`);
      }
      for (const prefix of prefixes) {
        const home = [...owner].find(([key]) => key.startsWith(prefix))?.[1];
        if (home && home !== feature && !Object.keys(messages).some((key) => key.startsWith(prefix))) strays.push(`${path}: ${prefix}*`);
      }
    }
    expect(strays).toEqual([]);
  });
});
