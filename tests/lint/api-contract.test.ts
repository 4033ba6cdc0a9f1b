import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { api, apiDomains } from '../../shared/api/index.ts';

const dir = fileURLToPath(new URL('../../shared/api', import.meta.url));
/** Verbs a method may start with after its domain (`domain-verb`, optionally `-object`). */
const VERBS = new Set([
  'accept',
  'activate',
  'assign',
  'clear',
  'close',
  'compute',
  'create',
  'delete',
  'export',
  'get',
  'import',
  'link',
  'list',
  'open',
  'plan',
  'preview',
  'report',
  'restore',
  'reveal',
  'save',
  'search',
  'set',
  'start',
  'submit',
  'update',
  'wait',
]);

describe('the API contract', () => {
  it('names every method domain-verb, with a known verb', () => {
    for (const name of Object.keys(api)) {
      const [domain, verb] = name.split('-');
      expect(name, name).toMatch(/^[a-z]+-[a-z]+(-[a-z]+)*$/);
      expect(Object.keys(apiDomains), name).toContain(domain);
      expect(VERBS.has(verb ?? ''), `${name}: "${verb}" is not a verb`).toBe(true);
    }
  });

  it('declares each domain in shared/api/<domain>.ts, and only its own methods there', () => {
    for (const [domain, methods] of Object.entries(apiDomains)) {
      for (const name of Object.keys(methods))
        expect(name.startsWith(`${domain}-`), `${name} in ${domain}.ts`).toBe(true);
      const source = readFileSync(`${dir}/${domain}.ts`, 'utf8');
      for (const name of Object.keys(methods)) expect(source, `${name} in ${domain}.ts`).toContain(`'${name}':`);
    }
  });

  it('has one file per domain, and no method declared twice', () => {
    const methodFiles = readdirSync(dir).filter(
      (f) =>
        f.endsWith('.ts') &&
        !f.endsWith('.test.ts') &&
        /^\s+'[a-z]+-[a-z-]+': takes\(/m.test(readFileSync(`${dir}/${f}`, 'utf8')),
    );
    expect(methodFiles.map((f) => f.replace(/\.ts$/, '')).sort()).toEqual(Object.keys(apiDomains).sort());
    const count = Object.values(apiDomains).reduce((n, m) => n + Object.keys(m).length, 0);
    expect(Object.keys(api)).toHaveLength(count);
  });
});
