import { describe, expect, it } from 'vitest';
import { insertAfterLast, swapInGroup } from './order.ts';

const items = [
  { id: 'a', g: 1 },
  { id: 'b', g: 2 },
  { id: 'c', g: 1 },
  { id: 'd', g: 2 },
];
const ids = (xs: readonly { id: string }[] | null) => xs?.map((x) => x.id) ?? null;

describe('order within a group', () => {
  it('inserts after the last item of the group, or at the end when the group has none', () => {
    expect(ids(insertAfterLast(items, { id: 'e', g: 1 }, (x) => x.g === 1))).toEqual(['a', 'b', 'c', 'e', 'd']);
    expect(ids(insertAfterLast(items, { id: 'e', g: 3 }, (x) => x.g === 3))).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(ids(items)).toEqual(['a', 'b', 'c', 'd']); // a copy: the input is unchanged
  });

  it('swaps with the neighbour in the same group, skipping other groups; null at either end or for an unknown id', () => {
    expect(ids(swapInGroup(items, 'c', -1, (x) => x.g))).toEqual(['c', 'b', 'a', 'd']);
    expect(ids(swapInGroup(items, 'b', 1, (x) => x.g))).toEqual(['a', 'd', 'c', 'b']);
    expect(swapInGroup(items, 'a', -1, (x) => x.g)).toBeNull();
    expect(swapInGroup(items, 'd', 1, (x) => x.g)).toBeNull();
    expect(swapInGroup(items, 'z', 1, (x) => x.g)).toBeNull();
  });
});
