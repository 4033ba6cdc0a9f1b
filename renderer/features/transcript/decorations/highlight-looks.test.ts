import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLookClasses, lookDeclarations } from './highlight-looks.ts';

describe('lookDeclarations', () => {
  it('draws one 3 px band per highlight in its lane over the tint, with room below for the deepest band', () => {
    expect(
      lookDeclarations(
        [
          { color: '#0072b2', lane: 0 },
          { color: '#d55e00', lane: 2 },
        ],
        'rgba(213, 94, 0, 0.18)',
      ),
    ).toBe(
      'background: linear-gradient(#0072b2, #0072b2) 0 calc(100% - 0px) / 100% 3px no-repeat, ' +
        'linear-gradient(#d55e00, #d55e00) 0 calc(100% - 6px) / 100% 3px no-repeat, rgba(213, 94, 0, 0.18); ' +
        'padding-bottom: 6px;',
    );
  });

  it('leaves no room below a run whose highlights all sit in the lowest lane', () => {
    expect(lookDeclarations([{ color: '#009e73', lane: 0 }], 'rgba(0, 158, 115, 0.36)')).toMatch(
      /; padding-bottom: 0px;$/,
    );
  });
});

describe('createLookClasses', () => {
  it('gives the same look the same class and adds its rule once', () => {
    const rules: string[] = [];
    const classOf = createLookClasses((r) => rules.push(r));
    const plain = lookDeclarations([{ color: '#0072b2', lane: 0 }], 'rgba(0, 114, 178, 0.18)');
    const open = lookDeclarations([{ color: '#0072b2', lane: 0 }], 'rgba(0, 114, 178, 0.36)');
    const first = classOf(plain);
    expect(classOf(open)).not.toBe(first);
    expect(classOf(plain)).toBe(first);
    expect(rules).toEqual([`.${first} { ${plain} }`, `.${classOf(open)} { ${open} }`]);
  });

  it('maps distinct looks to distinct classes and equal looks to equal ones, one rule per look (property)', () => {
    const look = fc
      .array(fc.record({ color: fc.constantFrom('#0072b2', '#d55e00', '#009e73'), lane: fc.nat(4) }), {
        minLength: 1,
        maxLength: 3,
      })
      .map((bands) => lookDeclarations(bands, 'rgba(0, 0, 0, 0.18)'));
    fc.assert(
      fc.property(fc.array(look, { maxLength: 30 }), (looks) => {
        const rules: string[] = [];
        const classOf = createLookClasses((r) => rules.push(r));
        const names = looks.map(classOf);
        for (let i = 0; i < looks.length; i++)
          for (let j = 0; j < looks.length; j++) expect(names[i] === names[j]).toBe(looks[i] === looks[j]);
        expect(rules).toHaveLength(new Set(looks).size);
        // Each class's rule holds exactly its look.
        looks.forEach((l, i) => expect(rules).toContain(`.${names[i]} { ${l} }`));
      }),
    );
  });
});
