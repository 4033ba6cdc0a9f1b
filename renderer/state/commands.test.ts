import { afterEach, describe, expect, it } from 'vitest';
import { fuzzyScore, listCommands, registerCommands, runCommand, searchCommands, type Command } from './commands.ts';

const cmd = (id: string, title: string, extra: Partial<Command> = {}): Command => ({
  id,
  title,
  group: 'Test',
  run: () => {},
  ...extra,
});

describe('command registry', () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => cleanups.splice(0).forEach((f) => f()));

  it('registers, replaces by id and unregisters exactly what was registered', () => {
    cleanups.push(registerCommands([cmd('a', 'First'), cmd('b', 'Second')]));
    const off = registerCommands([cmd('b', 'Second, replaced')]);
    expect(listCommands().map((c) => c.title)).toEqual(['First', 'Second, replaced']);
    off();
    expect(listCommands().map((c) => c.title)).toEqual(['First', 'Second']);
  });

  it('runs an enabled command and refuses a disabled or unknown one', () => {
    const ran: string[] = [];
    cleanups.push(
      registerCommands([
        cmd('go', 'Go', { run: () => void ran.push('go') }),
        cmd('no', 'No', { disabled: true, run: () => void ran.push('no') }),
      ]),
    );
    expect(runCommand('go')).toBe(true);
    expect(runCommand('no')).toBe(false);
    expect(runCommand('missing')).toBe(false);
    expect(ran).toEqual(['go']);
  });
});

describe('fuzzy search', () => {
  it('matches characters in order and rejects others', () => {
    expect(fuzzyScore('nh', 'Next highlight')).not.toBeNull();
    expect(fuzzyScore('hn', 'Next highlight')).toBeNull();
    expect(fuzzyScore('', 'anything')).toBe(0);
  });

  it('ranks word-start and substring matches first, and searches keywords', () => {
    const commands = [
      cmd('s', 'Open shortcuts sheet'),
      cmd('n', 'Next highlight'),
      cmd('c', 'Quality: contradiction', { keywords: ['quality.contradiction'] }),
    ];
    expect(searchCommands(commands, 'nh')[0]?.id).toBe('n');
    expect(searchCommands(commands, 'contra')[0]?.id).toBe('c');
    expect(searchCommands(commands, 'quality.contr').map((c) => c.id)).toEqual(['c']);
    expect(searchCommands(commands, 'zzz')).toEqual([]);
  });

  it('leaves sheet-only entries out of the palette', () => {
    expect(searchCommands([cmd('x', 'Extend selection', { sheetOnly: true })], '')).toEqual([]);
  });
});
