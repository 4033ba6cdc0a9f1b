import { beforeEach, describe, expect, it } from 'vitest';
import { clearUndo, pushUndo, redo, undo } from './undo-stack.ts';

describe('undo stack', () => {
  let log: string[];
  const entry = (name: string) => ({
    label: name,
    undo: async () => void log.push(`undo ${name}`),
    redo: async () => void log.push(`redo ${name}`),
  });
  beforeEach(() => {
    clearUndo();
    log = [];
  });

  it('undoes newest first and redoes in the original order', async () => {
    pushUndo(entry('a'));
    pushUndo(entry('b'));
    expect(await undo()).toBe('b');
    expect(await undo()).toBe('a');
    expect(await undo()).toBeNull();
    expect(await redo()).toBe('a');
    expect(await redo()).toBe('b');
    expect(log).toEqual(['undo b', 'undo a', 'redo a', 'redo b']);
  });

  it('drops the redo branch when a new action is recorded', async () => {
    pushUndo(entry('a'));
    await undo();
    pushUndo(entry('c'));
    expect(await redo()).toBeNull();
  });

  it('keeps an entry whose undo failed, so it can be retried', async () => {
    let fail = true;
    pushUndo({
      label: 'x',
      undo: async () => {
        if (fail) throw new Error('host gone');
        log.push('undo x');
      },
      redo: async () => {},
    });
    await expect(undo()).rejects.toThrow('host gone');
    fail = false;
    expect(await undo()).toBe('x');
    expect(log).toEqual(['undo x']);
  });
});
