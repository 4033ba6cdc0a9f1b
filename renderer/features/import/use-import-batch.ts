import { useCallback, useEffect, useRef, useState } from 'react';
import { errorMessage, send } from '../../api/client.ts';
import { importEntry, sendOptions, type BatchOptions } from './batch-requests.ts';
import { newEntry, readEntryBytes, type ImportEntry } from './import-entry.ts';

const PREVIEW_DELAY_MS = 350;

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
        patch(key, { phase: 'invalid', preview: null, message: errorMessage(err) });
      }
    },
    [patch],
  );

  const addFiles = useCallback(
    (files: File[]) => {
      if (stage !== 'preview') return;
      const added = files.map((f) => newEntry(f, `f${++nextKey.current}`));
      setEntries((list) => [...list, ...added]);
      added.forEach((entry, i) => {
        void (async () => {
          const read = await readEntryBytes(files[i]!);
          if ('message' in read) return patch(entry.key, { phase: 'invalid', message: read.message });
          bytes.current.set(entry.key, read.bytes);
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
        patch(entry.key, await importEntry(entry, content, opts));
      }
      setProgress({ done: ++done, total: list.length });
    }
    // The bytes are not needed any more; nothing of the original files stays in memory.
    bytes.current.clear();
    setStage('done');
  }, [patch]);

  return { entries, options, setOptions, stage, progress, addFiles, remove, importAll, patch };
}
