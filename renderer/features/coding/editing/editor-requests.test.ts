import { describe, expect, it } from 'vitest';
import { createEditorRequests } from './editor-requests.ts';

function view() {
  const calls: string[] = [];
  return {
    calls,
    focus: () => void calls.push('focus'),
    select: (p: { start: number; end: number }) => void calls.push(`select ${p.start}-${p.end}`),
  };
}

describe('createEditorRequests (what the coding view asks of the transcript view)', () => {
  it('gives focus before the passage, once each', () => {
    const r = createEditorRequests();
    const v = view();
    r.select({ start: 3, end: 9 });
    r.focus();
    r.serve(v);
    r.serve(v);
    expect(v.calls).toEqual(['focus', 'select 3-9']);
  });

  it('keeps a passage asked for until a view is served, and drops it for another transcript', () => {
    const r = createEditorRequests();
    r.select({ start: 1, end: 2 });
    r.forget();
    r.select({ start: 5, end: 8 });
    const v = view();
    r.serve(v);
    expect(v.calls).toEqual(['select 5-8']);
  });

  it('focuses a new view only once the text has been given focus, and never replays the last passage', () => {
    const r = createEditorRequests();
    const first = view();
    r.serve(first);
    expect(first.calls).toEqual([]);
    r.focus();
    r.select({ start: 0, end: 4 });
    r.serve(first);
    const redrawn = view();
    r.serve(redrawn);
    expect(redrawn.calls).toEqual(['focus']);
    r.serve(redrawn);
    expect(redrawn.calls).toEqual(['focus']);
  });
});
