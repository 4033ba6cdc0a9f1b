import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import {
  formatStyle,
  panelLayoutSchema,
  readingPlaceSchema,
  type PanelLayout,
  type Prefs,
  type ReadingPlace,
} from '../../../shared/api/prefs.ts';

/** Places of this many transcripts are kept (the most recently left first); older ones are forgotten. */
const MAX_PLACES = 2000;

const fileSchema = z.object({
  format: formatStyle.catch('system'),
  layout: panelLayoutSchema.catch({}),
  /** Keyed by project path, coder id and transcript id; newest last. */
  places: z.record(z.string(), readingPlaceSchema).catch({}),
});
type PrefsFile = z.infer<typeof fileSchema>;

const EMPTY: PrefsFile = { format: 'system', layout: {}, places: {} };

export function placeKey(projectPath: string, coderId: string, transcriptId: string): string {
  return JSON.stringify([projectPath, coderId, transcriptId]);
}

/**
 * This user's local settings (prefs.json in the app's data folder). A damaged file never stops the app:
 * each part that does not parse falls back to its default. Written whole, by rename, so a crash leaves the
 * old file or the new one.
 */
export class PrefsStore {
  private readonly file: string;
  private cache: PrefsFile | null = null;

  constructor(dataDir: string) {
    this.file = join(dataDir, 'prefs.json');
  }

  private read(): PrefsFile {
    if (this.cache) return this.cache;
    try {
      const parsed = fileSchema.safeParse(JSON.parse(readFileSync(this.file, 'utf8')));
      this.cache = parsed.success ? parsed.data : { ...EMPTY };
    } catch {
      this.cache = { ...EMPTY };
    }
    return this.cache;
  }

  private write(next: PrefsFile): void {
    this.cache = next;
    mkdirSync(join(this.file, '..'), { recursive: true });
    const tmp = `${this.file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(next));
    renameSync(tmp, this.file);
  }

  get(): Prefs {
    const { format, layout } = this.read();
    return { format, layout };
  }

  update(patch: { format?: Prefs['format'] | undefined; layout?: PanelLayout | undefined }): Prefs {
    const cur = this.read();
    this.write({ ...cur, format: patch.format ?? cur.format, layout: patch.layout ?? cur.layout });
    return this.get();
  }

  place(key: string): ReadingPlace | null {
    return this.read().places[key] ?? null;
  }

  setPlace(key: string, place: ReadingPlace): void {
    const cur = this.read();
    const places = { ...cur.places };
    delete places[key]; // re-inserted last: the newest
    places[key] = place;
    const keys = Object.keys(places);
    for (const k of keys.slice(0, Math.max(0, keys.length - MAX_PLACES))) delete places[k];
    this.write({ ...cur, places });
  }
}
