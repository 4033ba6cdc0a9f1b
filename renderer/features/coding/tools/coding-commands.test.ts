import { describe, expect, it, vi } from 'vitest';
import type { Codebook } from '../../../../shared/codebook/codebook-schema.ts';
import { codingCommands, type CodingCommandActions, type CodingCommandState } from './coding-commands.ts';

const code = (id: string, group: string, extra: Partial<Codebook['codes'][number]> = {}) =>
  ({
    id,
    label: id.toUpperCase(),
    group,
    color: '#123456',
    hotkey: null,
    archived: false,
    ...extra,
  }) as Codebook['codes'][number];
const codes = [
  code('a', 'g1', { hotkey: 'q' }),
  code('b', 'g1'),
  code('c', 'g2'),
  code('old', 'g2', { archived: true }),
];
const groups = [
  { id: 'g1', label: 'Group one' },
  { id: 'g2', label: 'Group two' },
] as Codebook['groups'];

function build(s: Partial<CodingCommandState> = {}) {
  const act = {
    showShortcuts: vi.fn(),
    stepHighlight: vi.fn(),
    closeHighlights: vi.fn(),
    moveBoundary: vi.fn(),
    deleteOpenHighlight: vi.fn(),
    openFilter: vi.fn(),
    setHiddenCodes: vi.fn(),
    openFind: vi.fn(),
    openSearch: vi.fn(),
    openImport: vi.fn(),
    tagWith: vi.fn(),
    changeCodeTo: vi.fn(),
  } satisfies CodingCommandActions;
  const list = codingCommands(act, { codes, groups, openCodeId: null, anyHidden: false, ...s });
  const byId = (id: string) => {
    const c = list.find((x) => x.id === id);
    if (!c) throw new Error(`no command ${id}`);
    return c;
  };
  return { act, list, byId };
}

describe('codingCommands (the coding view in the palette and the shortcut sheet)', () => {
  it('lists the view, highlight, selection and search commands first, in the order the sheet shows them', () => {
    const ids = build().list.map((c) => c.id);
    expect(ids.slice(0, 4)).toEqual(['view.palette', 'view.shortcuts', 'highlight.next', 'highlight.previous']);
    expect(ids.indexOf('highlight.close')).toBeLessThan(ids.indexOf('highlight.delete'));
    expect(ids.indexOf('select.extend')).toBeLessThan(ids.indexOf('find.open'));
    expect(ids.indexOf('import.open')).toBeLessThan(ids.indexOf('code.apply.a'));
  });

  it('offers every code that is not archived, with its key and group, and tags with it', () => {
    const { list, byId, act } = build();
    expect(list.filter((c) => c.id.startsWith('code.apply.')).map((c) => c.id)).toEqual([
      'code.apply.a',
      'code.apply.b',
      'code.apply.c',
    ]);
    expect(byId('code.apply.a')).toMatchObject({ title: 'Tag with A', keys: ['Q'], keywords: ['a', 'Group one'] });
    void byId('code.apply.b').run();
    expect(act.tagWith).toHaveBeenCalledWith('b');
  });

  it('offers to change the open highlight to any other code, and deleting it, only with one open', () => {
    expect(build().list.some((c) => c.id.startsWith('code.change.'))).toBe(false);
    expect(build().byId('highlight.delete').disabled).toBe(true);
    const { list, byId, act } = build({ openCodeId: 'a' });
    expect(list.filter((c) => c.id.startsWith('code.change.')).map((c) => c.id)).toEqual([
      'code.change.b',
      'code.change.c',
    ]);
    expect(byId('highlight.delete').disabled).toBe(false);
    void byId('code.change.c').run();
    expect(act.changeCodeTo).toHaveBeenCalledWith('c');
  });

  it('filters to one group by hiding every other code, and shows all again only when something is hidden', () => {
    const { byId, act } = build();
    void byId('filter.only.g2').run();
    expect([...(act.setHiddenCodes.mock.calls[0]![0] as Set<string>)]).toEqual(['a', 'b']);
    expect(byId('highlight.show-all').disabled).toBe(true);
    const hidden = build({ anyHidden: true });
    expect(hidden.byId('highlight.show-all').disabled).toBe(false);
    void hidden.byId('highlight.show-all').run();
    expect([...(hidden.act.setHiddenCodes.mock.calls[0]![0] as Set<string>)]).toEqual([]);
  });

  it('moves the open highlight’s ends and steps through highlights', () => {
    const { byId, act } = build();
    void byId('highlight.start-earlier').run();
    void byId('highlight.end-later').run();
    void byId('highlight.previous').run();
    expect(act.moveBoundary.mock.calls).toEqual([
      ['start', -1],
      ['end', 1],
    ]);
    expect(act.stepHighlight).toHaveBeenCalledWith(-1);
  });
});
