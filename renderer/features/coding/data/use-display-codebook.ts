import { useEffect, useMemo, useState } from 'react';
import type { Annotation } from '../../../../shared/api/annotation.ts';
import type { StoredCodebook } from '../../../../shared/api/codebook.ts';
import type { Codebook } from '../../../../shared/codebook/codebook-schema.ts';
import { send } from '../../../api/client.ts';

/** Older codebook versions never change once saved, so one fetch per key is enough. */
const versions = new Map<string, Promise<Codebook | null>>();

function fetchVersion(key: string): Promise<Codebook | null> {
  let p = versions.get(key);
  if (!p) {
    p = send('codebook-get', { key }).then(
      (s) => s.codebook,
      () => null,
    );
    versions.set(key, p);
  }
  return p;
}

/**
 * The active codebook plus, for highlights made with an older version whose code the active one no
 * longer has (an imported replacement codebook), that code from the highlight's own version. Codes
 * are looked up in the active codebook first. Borrowed codes are marked archived: they show on
 * existing highlights but are never offered for tagging and have no hotkey.
 */
export function useDisplayCodebook(active: StoredCodebook | null, annotations: readonly Annotation[]): Codebook | null {
  const activeCodes = active?.codebook.codes;
  // Only annotations whose code is missing matter; a stable string keeps the result's identity stable.
  const missing = useMemo(() => {
    if (!active || !activeCodes) return '';
    const known = new Set(activeCodes.map((c) => c.id));
    const keys = new Set<string>();
    for (const a of annotations)
      if (!known.has(a.codeId) && a.codebookKey !== active.key) keys.add(`${a.codebookKey}\u0000${a.codeId}`);
    return [...keys].sort().join('\u0001');
  }, [active, activeCodes, annotations]);

  const [borrowed, setBorrowed] = useState<{ for: string; codebook: Codebook | null }>({ for: '', codebook: null });
  useEffect(() => {
    if (!active || !missing) return;
    let live = true;
    const pairs = missing.split('\u0001').map((p) => p.split('\u0000') as [string, string]);
    void Promise.all([...new Set(pairs.map(([k]) => k))].map(async (k) => [k, await fetchVersion(k)] as const)).then(
      (found) => {
        if (!live) return;
        const byKey = new Map(found);
        const codes: Codebook['codes'] = [];
        const groups: Codebook['groups'] = [];
        for (const [k, codeId] of pairs) {
          const old = byKey.get(k);
          const code = old?.codes.find((c) => c.id === codeId);
          if (!old || !code || codes.some((c) => c.id === codeId)) continue;
          codes.push({ ...code, archived: true, hotkey: null });
          const g = old.groups.find((x) => x.id === code.group);
          if (g && !active.codebook.groups.some((x) => x.id === g.id) && !groups.some((x) => x.id === g.id))
            groups.push(g);
        }
        setBorrowed({
          for: missing,
          codebook: {
            ...active.codebook,
            groups: [...active.codebook.groups, ...groups],
            codes: [...active.codebook.codes, ...codes],
          },
        });
      },
    );
    return () => {
      live = false;
    };
  }, [active, missing]);

  if (!active) return null;
  return missing && borrowed.for === missing && borrowed.codebook ? borrowed.codebook : active.codebook;
}
