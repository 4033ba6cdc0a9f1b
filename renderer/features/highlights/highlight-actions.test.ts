import { describe, expect, it } from 'vitest';
import { eventLinkLabel, highlightsByEvent, movedBoundary, stepFrom } from './highlight-actions.ts';

const list = [
  { id: 'c', start: 50, end: 60 },
  { id: 'a', start: 10, end: 20 },
  { id: 'b', start: 30, end: 40 },
];

describe('stepFrom (next / previous highlight)', () => {
  it('goes to the next highlight after an offset, and wraps', () => {
    expect(stepFrom(list, 25, 1)?.id).toBe('b');
    expect(stepFrom(list, 55, 1)?.id).toBe('a');
    expect(stepFrom(list, 25, -1)?.id).toBe('a');
    expect(stepFrom(list, 5, -1)?.id).toBe('c');
  });
  it('steps from the open highlight in reading order when there is one', () => {
    expect(stepFrom(list, 0, 1, 'a')?.id).toBe('b');
    expect(stepFrom(list, 0, -1, 'a')?.id).toBe('c');
  });
  it('has nothing to step to in an empty list', () => {
    expect(stepFrom([], 0, 1)).toBeNull();
  });
});

describe('movedBoundary', () => {
  it('moves one end, keeps at least one character and stays inside the text', () => {
    expect(movedBoundary({ start: 10, end: 20 }, 'start', 8, 100)).toEqual({ start: 8, end: 20 });
    expect(movedBoundary({ start: 10, end: 20 }, 'start', 25, 100)).toEqual({ start: 19, end: 20 });
    expect(movedBoundary({ start: 10, end: 20 }, 'end', 5, 100)).toEqual({ start: 10, end: 11 });
    expect(movedBoundary({ start: 10, end: 20 }, 'end', 120, 100)).toEqual({ start: 10, end: 100 });
    expect(movedBoundary({ start: 0, end: 20 }, 'start', -3, 100)).toEqual({ start: 0, end: 20 });
  });
});

describe('eventLinkLabel (undo labels for an event link and severity)', () => {
  const name = (id: string) => (id === 'ev1' ? 'Loss: grandmother (age 9)' : 'a deleted event');
  it('names the event linked to, or says the link was removed', () => {
    expect(eventLinkLabel({ eventId: 'ev1' }, name)).toBe('Link highlight to Loss: grandmother (age 9)');
    expect(eventLinkLabel({ eventId: null }, name)).toBe('Unlink highlight from its event');
  });
  it('names the severity set or cleared, and both changes together', () => {
    expect(eventLinkLabel({ severity: 2 }, name)).toBe('Severity 2');
    expect(eventLinkLabel({ severity: null }, name)).toBe('Clear severity');
    expect(eventLinkLabel({ eventId: 'ev1', severity: 3 }, name)).toBe(
      'Link highlight to Loss: grandmother (age 9), Severity 3',
    );
  });
});

describe('highlightsByEvent', () => {
  it('groups linked highlights by event in reading order and leaves unlinked ones out', () => {
    const hl = [
      { id: 'x', start: 40, end: 50, eventId: 'ev1' },
      { id: 'y', start: 5, end: 9, eventId: 'ev2' },
      { id: 'z', start: 10, end: 20, eventId: 'ev1' },
      { id: 'w', start: 0, end: 3, eventId: null },
    ];
    const by = highlightsByEvent(hl);
    expect([...by.keys()].sort()).toEqual(['ev1', 'ev2']);
    expect(by.get('ev1')?.map((a) => a.id)).toEqual(['z', 'x']);
    expect(by.get('ev2')?.map((a) => a.id)).toEqual(['y']);
  });
  it('steps through one event’s highlights with stepFrom, wrapping (the score sheet’s “n linked” button)', () => {
    const linked = highlightsByEvent([
      { id: 'b', start: 30, end: 35, eventId: 'ev1' },
      { id: 'a', start: 10, end: 12, eventId: 'ev1' },
    ]).get('ev1')!;
    expect(stepFrom(linked, 0, 1)?.id).toBe('a');
    expect(stepFrom(linked, 0, 1, 'a')?.id).toBe('b');
    expect(stepFrom(linked, 0, 1, 'b')?.id).toBe('a');
  });
});
