import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './index.ts';

describe('migrations', () => {
  it('are numbered 1, 2, 3… in order with no gap, and the latest schema version is the last', () => {
    expect(MIGRATIONS.length).toBeGreaterThan(0);
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(LATEST_SCHEMA_VERSION).toBe(MIGRATIONS[MIGRATIONS.length - 1]?.version);
  });

  it('list every migration file, each under its own number and name', () => {
    const files = readdirSync(import.meta.dirname)
      .filter((f) => /^\d{3}-.+\.ts$/.test(f) && !f.endsWith('.test.ts'))
      .sort();
    expect(files).toEqual(MIGRATIONS.map((m) => `${String(m.version).padStart(3, '0')}-${m.name}.ts`));
  });

  it('each change the schema', () => {
    for (const m of MIGRATIONS) expect(m.sql.trim(), `migration ${m.version}`).not.toBe('');
  });
});
