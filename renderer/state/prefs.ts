import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { FormatStyle, PanelLayout, Prefs } from '../../shared/api/prefs.ts';
import { send } from '../api/client.ts';
import { makeFormatter, type Formatter } from '../ui/format.ts';

/**
 * This user's local settings (prefs-* in the API, a file in the app's data folder, so they outlast the
 * browser's incognito profile): the date and number style and the coding view's panel sizes.
 */
interface PrefsState {
  prefs: Prefs;
  formatter: Formatter;
}

const store = createStore<PrefsState>(() => ({
  prefs: { format: 'system', layout: {} },
  formatter: makeFormatter('system'),
}));

function apply(prefs: Prefs): void {
  const cur = store.getState();
  const formatter = cur.formatter.style === prefs.format ? cur.formatter : makeFormatter(prefs.format);
  store.setState({ prefs, formatter }, true);
}

/** Read once at start; the defaults stand until it answers (or if it cannot). */
export function loadPrefs(): Promise<void> {
  return send('prefs-get', {})
    .then(apply)
    .catch(() => undefined);
}

export function useFormatter(): Formatter {
  return useStore(store, (s) => s.formatter);
}

export function usePanelLayout(): PanelLayout {
  return useStore(store, (s) => s.prefs.layout);
}

export async function setFormatStyle(format: FormatStyle): Promise<void> {
  apply({ ...store.getState().prefs, format });
  apply(await send('prefs-update', { format }));
}

let timer: ReturnType<typeof setTimeout> | null = null;

/**
 * Change panel sizes now on screen (a size set to undefined returns to its default); saved a moment later,
 * once (a drag or a held arrow key sends one write).
 */
export function setPanelLayout(patch: { [K in keyof PanelLayout]: PanelLayout[K] | undefined }): void {
  const prefs = store.getState().prefs;
  const merged: Record<string, unknown> = { ...prefs.layout, ...patch };
  for (const k of Object.keys(merged)) if (merged[k] === undefined) delete merged[k];
  apply({ ...prefs, layout: merged as PanelLayout });
  if (timer) clearTimeout(timer);
  timer = setTimeout(() => {
    timer = null;
    void send('prefs-update', { layout: store.getState().prefs.layout }).catch(() => {
      // A size not saved is only a convenience lost; the panels keep it for this session.
    });
  }, 400);
}
