import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../../shared/api/audit.ts';
import { auditCsv, auditJson, detailLabel, targetLabel } from './audit-format.ts';

const entry = (over: Partial<AuditEntry>): AuditEntry => ({
  id: 1,
  at: '2026-12-07T10:00:00.000Z',
  action: 'classification-set',
  actorId: 'c1',
  actorName: 'Ada',
  subjectId: 't1',
  subjectName: null,
  detail: { coderId: 'c1' },
  ...over,
});
const names = { coders: new Map([['c1', 'Ada']]), transcripts: new Map([['t1', 'SYN-0001']]) };

describe('the audit log export', () => {
  it('neutralises formula-looking cells in CSV and quotes JSON details', () => {
    const csv = auditCsv([entry({ actorName: '=cmd|calc!A0', detail: { coderId: 'c1', note: '+1' } })], names);
    const [head, row] = csv.split('\r\n');
    expect(head).toBe('at,coder,coder_id,action,target,target_name,detail');
    expect(row).toBe(
      `2026-12-07T10:00:00.000Z,'=cmd|calc!A0,c1,classification-set,t1,SYN-0001,"{""coderId"":""c1"",""note"":""+1""}"`,
    );
  });

  it('names targets and coder ids it knows, and says when the act was on the whole project', () => {
    expect(targetLabel(entry({}), names)).toBe('SYN-0001');
    expect(targetLabel(entry({ subjectId: 'gone' }), names)).toBe('gone');
    expect(targetLabel(entry({ subjectId: null, action: 'reveal' }), names)).toBe('the whole project');
    expect(detailLabel(entry({ detail: { keyCoderId: '' } }), names)).toBe('key: none');
    expect(detailLabel(entry({}), names)).toBe('coding of: Ada');
  });

  it('writes JSON with the command line’s four fields first', () => {
    const [first] = JSON.parse(auditJson([entry({})], names)) as Array<Record<string, unknown>>;
    expect(Object.keys(first ?? {}).slice(0, 4)).toEqual(['at', 'coder', 'action', 'target']);
  });
});
