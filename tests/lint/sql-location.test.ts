import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { REPO } from '../support/cli.ts';

/**
 * SQL lives in electron/services/db/ only (the table modules, migrations and the Db wrapper): everything
 * else calls table functions. This scans the source as TypeScript, so a call split over lines is found
 * and Map.get or String.raw is not mistaken for the database.
 */
const DB_DIR = 'electron/services/db/';

/** Db methods that take SQL (or run it). */
const SQL_METHODS = new Set(['run', 'get', 'all', 'exec', 'prepare', 'pragma']);

/** SQL statements, as this codebase writes them (upper-case keywords), inside a string or template. */
const SQL_TEXT =
  /\b(SELECT\s+[\w*(]|INSERT\s+(OR\s+\w+\s+)?INTO\b|UPDATE\s+\w+\s+SET\b|DELETE\s+FROM\b|CREATE\s+(TEMP\s+)?(TABLE|INDEX|UNIQUE\s+INDEX|TRIGGER|VIEW)\b|DROP\s+(TABLE|INDEX|TRIGGER|VIEW)\b|ALTER\s+TABLE\b|PRAGMA\s+\w|VACUUM\b)/;

/** `db`, `this.db`, `store.db`, `x.db.raw`: an expression that names the database. */
function namesDb(e: ts.Expression): boolean {
  if (ts.isIdentifier(e)) return e.text === 'db';
  if (ts.isPropertyAccessExpression(e)) return e.name.text === 'db' || (e.name.text === 'raw' && namesDb(e.expression));
  if (ts.isNonNullExpression(e) || ts.isParenthesizedExpression(e)) return namesDb(e.expression);
  return false;
}

function sqlOutsideDb(fileName: string, source: string): string[] {
  const sf = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const report = (node: ts.Node, what: string) =>
    found.push(`${fileName}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}: ${what}`);
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const method = node.expression.name.text;
      const target = node.expression.expression;
      if ((SQL_METHODS.has(method) && namesDb(target)) || method === 'prepare')
        report(node, `${target.getText(sf).replace(/\s+/g, '')}.${method}() on the database`);
    }
    if (ts.isPropertyAccessExpression(node) && node.name.text === 'raw' && namesDb(node.expression))
      report(node, 'the raw better-sqlite3 connection');
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier))
      if (node.moduleSpecifier.text === 'better-sqlite3') report(node, 'imports better-sqlite3');
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node)
    ) {
      if (SQL_TEXT.test(node.text)) report(node, `SQL text "${node.text.trim().split('\n')[0]?.slice(0, 60)}"`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return sourceFiles(path);
    return d.name.endsWith('.ts') && !d.name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('SQL location (lint)', () => {
  it('finds database calls and SQL text, however they are written', () => {
    const probe = [
      "this.db.run('x', [1]);",
      'store.db',
      '  .all<{ id: string }>(q);',
      'db.get(q, { id });',
      "db.raw.prepare('VACUUM INTO ?');",
      'const c = ctx.project.db.raw;',
      "const q = `DELETE FROM memos WHERE transcript_id = ${'@t'}`;",
      "const r = 'INSERT OR IGNORE INTO rating_links (a) VALUES (1)';",
      "const u = 'UPDATE events SET note = 1';",
      "const s = 'SELECT 1';",
      "import Database from 'better-sqlite3';",
    ].join('\n');
    const lines = sqlOutsideDb('probe.ts', probe).map((f) => Number(f.split(':')[1]));
    expect(new Set(lines)).toEqual(new Set([1, 2, 4, 5, 6, 7, 8, 9, 10, 11]));
  });

  it('leaves maps, String.raw and ordinary messages alone', () => {
    const probe = [
      'const n = this.textLengths.get(id);',
      'links.get(k) ?? [];',
      'const re = String.raw`\\d+`;',
      "const m = 'Update Attune to open it; select a coder, then delete the highlight';",
      "const h = ['transcript', 'coder', 'start'];",
      'const all = store.listTranscripts();',
      'await Promise.all(jobs);',
    ].join('\n');
    expect(sqlOutsideDb('probe.ts', probe)).toEqual([]);
  });

  it(`keeps every database call and SQL string under ${DB_DIR}`, () => {
    const files = sourceFiles(join(REPO, 'electron'))
      .map((f) => relative(REPO, f).split(sep).join('/'))
      .filter((f) => !f.startsWith(DB_DIR));
    expect(files.length).toBeGreaterThan(20);
    const found = files.flatMap((f) => sqlOutsideDb(f, readFileSync(join(REPO, f), 'utf8')));
    expect(found, `SQL belongs in a table module under ${DB_DIR}tables/`).toEqual([]);
  });
});
