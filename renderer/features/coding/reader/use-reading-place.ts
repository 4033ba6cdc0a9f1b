import { useEffect, type RefObject } from 'react';
import type { ReadingPlace } from '../../../../shared/api/prefs.ts';
import { send } from '../../../api/client.ts';
import { offsetAtTop, scrollToOffset, selectionStartIn } from '../../transcript/index.ts';
import type { EditorControl } from '../editing/use-editor-control.ts';

/** Long enough that a scroll or a run of arrow keys is one write. */
const SAVE_AFTER_MS = 600;
/** How long a reopened transcript may take to render as far as the place (it comes in chunks). */
const RESTORE_FOR_MS = 5000;

/**
 * A transcript reopens where its coder left it: the line at the top of the pane and the caret, kept per
 * coder and transcript in local settings (prefs-*), so across restarts too. A transcript opened to show a
 * passage (a search hit, a review jump) goes there instead: the place is put back only if nothing moved the
 * pane first.
 */
export function useReadingPlace(pane: RefObject<HTMLElement | null>, transcriptId: string | null, view: EditorControl) {
  useEffect(() => {
    const el = pane.current;
    if (!el || !transcriptId) return;
    let cancelled = false;
    let ready = false;
    let last: ReadingPlace | null = null;
    let sent: string | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let frame = 0;

    const send_ = () => {
      if (!last) return;
      const key = JSON.stringify(last);
      if (key === sent) return;
      sent = key;
      void send('prefs-set-place', { transcriptId, place: last }).catch(() => {
        // Only a convenience: the transcript opens at its start next time.
      });
    };
    // Read at once (the pane still shows this transcript), written a moment later.
    const note = () => {
      if (!ready || frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        const top = offsetAtTop(el);
        if (top === null) return;
        const text = el.querySelector('.transcript-text');
        last = { top, caret: selectionStartIn(text) ?? last?.caret ?? null };
        clearTimeout(timer);
        timer = setTimeout(send_, SAVE_AFTER_MS);
      });
    };

    const restore = (place: ReadingPlace) => {
      const until = performance.now() + RESTORE_FOR_MS;
      const attempt = () => {
        if (cancelled || el.scrollTop > 4) return void (ready = true); // something else moved it: leave it
        if (scrollToOffset(el, place.top)) {
          if (place.caret !== null) view.placeCaret(place.caret);
          last = place;
          sent = JSON.stringify(place);
          ready = true;
        } else if (performance.now() < until) requestAnimationFrame(attempt);
        else ready = true;
      };
      attempt();
    };

    send('prefs-get-place', { transcriptId })
      .then((place) => {
        if (cancelled) return;
        if (place && place.top > 0) restore(place);
        else ready = true;
      })
      .catch(() => {
        ready = true;
      });

    el.addEventListener('scroll', note, { passive: true });
    document.addEventListener('selectionchange', note);
    return () => {
      cancelled = true;
      el.removeEventListener('scroll', note);
      document.removeEventListener('selectionchange', note);
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      send_(); // what was last read while this transcript was on screen
    };
  }, [pane, transcriptId, view]);
}
