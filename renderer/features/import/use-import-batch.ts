import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImportMetadata, ImportOptions, ImportPreview, ImportResult } from '../../../shared/api/transcript.ts';
import type { SpeakerPattern } from '../../../shared/transcript/turns.ts';
import { ApiCallError, errorMessage, send } from '../../api/client.ts';
import { outcomeOf, type EntryPhase } from './import-batch.ts';
import { readFileBase64, tooLargeMessage } from './read-file.ts';
import { resolvedReplacements, type ReplacementRow } from './replacement-rows.ts';

export interface ImportEntry {
  key: string;
  name: string;
  size: number;
  phase: EntryPhase;
  preview: ImportPreview | null;
  /** Why the file cannot be imported (preview) or what happened on import. */
  message: string | null;
  result: ImportResult | null;
  title: string;
  metadata: ImportMetadata;
}

export interface BatchOptions {
  speakerPatterns: SpeakerPattern[];
  extraLabels: string[];
  /** Rows as edited; each row's "Match case" is resolved when sent (see replacement-rows.ts). */
  replacements: ReplacementRow[];
}

const PREVIEW_DELAY_MS = 350;

/** Free-field rows the user left without a name are not sent. */
function cleanMetadata(m: ImportMetadata): ImportMetadata {
  const fields = Object.fromEntries(Object.entries(m.fields ?? {}).filter(([k]) => k.trim() !== ''));
  return { ...m, fields };
}

function sendOptions(o: BatchOptions): ImportOptions {
  const replacements = resolvedReplacements(o.replacements);
  const speakerPatterns = o.speakerPatterns.filter((p) => p.label.trim() !== '');
  const extraLabels = o.extraLabels.filter((l) => l.trim() !== '');
  return {
    ...(speakerPatterns.length ? { speakerPatterns } : {}),
    ...(extraLabels.length ? { extraLabels } : {}),
    ...(replacements.length ? { replacements } : {}),
  };
}

/**
 * One import batch: files are read once (bytes kept here, never stored elsewhere), previewed on the
 * host whenever the shared options change, and imported one by one: one transaction per file on the
 * host, so a bad file is reported and the rest of the batch goes on.
 */
export function useImportBatch(initialOptions: BatchOptions) {
  const [entries, setEntries] = useState<ImportEntry[]>([]);
  const [options, setOptions] = useState<BatchOptions>(initialOptions);
  const [stage, setStage] = useState<'preview' | 'importing' | 'done'>('preview');
  const [progress, setProgress] = useState({ done: 0, total: 0 });
  const bytes = useRef(new Map<string, string>());
  const nextKey = useRef(0);
  const previewGeneration = useRef(0);
  const entriesRef = useRef(entries);
  entriesRef.current = entries;
  const optionsRef = useRef(options);
  optionsRef.current = options;

  const patch = useCallback(
    (key: string, change: Partial<ImportEntry> | ((e: ImportEntry) => Partial<ImportEntry>)) => {
      setEntries((list) =>
        list.map((e) => (e.key === key ? { ...e, ...(typeof change === 'function' ? change(e) : change) } : e)),
      );
    },
    [],
  );

  const previewOne = useCallback(
    async (key: string, name: string, generation: number) => {
      const content = bytes.current.get(key);
      if (content === undefined) return;
      patch(key, { phase: 'previewing' });
      try {
        const preview = await send('transcript-preview', {
          fileName: name,
          contentBase64: content,
          options: sendOptions(optionsRef.current),
        });
        if (generation !== previewGeneration.current) return;
        patch(key, (e) => ({
          phase: 'ready',
          preview,
          message: null,
          // The header fills the fields the first time; later previews keep what the user typed.
          ...(e.preview === null ? { metadata: preview.header } : {}),
        }));
      } catch (err) {
        if (generation !== previewGeneration.current) return;
        patch(key, {
          phase: 'invalid',
          preview: null,
          message: errorMessage(err),
        });
      }
    },
    [patch],
  );

  const addFiles = useCallback(
    (files: File[]) => {
      if (stage !== 'preview') return;
      const added: ImportEntry[] = files.map((f) => ({
        key: `f${++nextKey.current}`,
        name: f.name,
        size: f.size,
        phase: 'reading',
        preview: null,
        message: null,
        result: null,
        title: f.name.replace(/\.[^.]+$/, '') || f.name,
        metadata: {},
      }));
      setEntries((list) => [...list, ...added]);
      added.forEach((entry, i) => {
        const file = files[i]!;
        void (async () => {
          const tooLarge = tooLargeMessage(file);
          if (tooLarge) return patch(entry.key, { phase: 'invalid', message: tooLarge });
          try {
            bytes.current.set(entry.key, await readFileBase64(file));
          } catch (err) {
            return patch(entry.key, {
              phase: 'invalid',
              message: `${file.name}: the file could not be read (${errorMessage(err)}).`,
            });
          }
          await previewOne(entry.key, entry.name, previewGeneration.current);
        })();
      });
      return added[0]?.key ?? null;
    },
    [patch, previewOne, stage],
  );

  // Changing labels or replacements re-previews every readable file (debounced while typing).
  const firstOptions = useRef(true);
  useEffect(() => {
    if (firstOptions.current) {
      firstOptions.current = false;
      return;
    }
    const timer = setTimeout(() => {
      const generation = ++previewGeneration.current;
      for (const e of entriesRef.current) if (bytes.current.has(e.key)) void previewOne(e.key, e.name, generation);
    }, PREVIEW_DELAY_MS);
    return () => clearTimeout(timer);
  }, [options, previewOne]);

  const remove = useCallback((key: string) => {
    bytes.current.delete(key);
    setEntries((list) => list.filter((e) => e.key !== key));
  }, []);

  const importAll = useCallback(async () => {
    const list = entriesRef.current;
    setStage('importing');
    setProgress({ done: 0, total: list.length });
    const opts = sendOptions(optionsRef.current);
    let done = 0;
    for (const entry of list) {
      const content = bytes.current.get(entry.key);
      if (entry.phase === 'invalid' || content === undefined) {
        patch(entry.key, { phase: 'failed', message: entry.message ?? `${entry.name}: the file could not be read.` });
      } else {
        patch(entry.key, { phase: 'importing' });
        try {
          // Not trackWrite: a duplicate or a bad file is an expected outcome listed here, not a failed save.
          const value = await send('transcript-import-file', {
            fileName: entry.name,
            contentBase64: content,
            options: {
              ...opts,
              metadata: cleanMetadata(entry.metadata),
              ...(entry.title.trim() ? { title: entry.title.trim() } : {}),
            },
          });
          const o = outcomeOf({ ok: true, value });
          patch(entry.key, { phase: o.phase, message: o.message, result: value });
        } catch (err) {
          const o = outcomeOf({
            ok: false,
            type: err instanceof ApiCallError ? err.type : 'internal',
            message: errorMessage(err),
          });
          patch(entry.key, { phase: o.phase, message: o.message });
        }
      }
      setProgress({ done: ++done, total: list.length });
    }
    // The bytes are not needed any more; nothing of the original files stays in memory.
    bytes.current.clear();
    setStage('done');
  }, [patch]);

  return { entries, options, setOptions, stage, progress, addFiles, remove, importAll, patch };
}
