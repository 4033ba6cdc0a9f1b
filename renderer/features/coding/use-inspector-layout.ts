import { useEffect, useState, type CSSProperties, type RefObject } from 'react';
import { setPanelLayout, usePanelLayout } from '../../state/prefs.ts';

/** The transcript keeps at least this much of the window, however wide the coding panel is made. */
const MIN_READER = 360;
export const MIN_INSPECTOR = 300;
const MIN_DETAILS = 80;
/** Room kept for the coding panel's tab strip and a few lines under it. */
const MIN_PANEL = 140;

/** `shown`: the element is rendered (it mounts and unmounts with what it holds). */
function useSize(ref: RefObject<HTMLElement | null>, shown = true): { width: number; height: number } {
  const [size, setSize] = useState({ width: 0, height: 0 });
  useEffect(() => {
    const el = ref.current;
    if (!el || !shown) return;
    const observer = new ResizeObserver(() => setSize({ width: el.offsetWidth, height: el.offsetHeight }));
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, shown]);
  return size;
}

/**
 * The coding panel's width and the highlight panel's height and whether each is collapsed: what the user
 * set (kept in local settings) or the default, with the limits a drag or an arrow key stays within.
 */
export function useInspectorLayout(
  aside: RefObject<HTMLElement | null>,
  details: RefObject<HTMLElement | null>,
  hasDetails: boolean,
  hasPanel: boolean,
) {
  const layout = usePanelLayout();
  const asideSize = useSize(aside);
  const detailsSize = useSize(details, hasDetails);
  const bodyWidth = aside.current?.parentElement?.offsetWidth ?? 0;
  const sidebarWidth =
    aside.current?.parentElement?.firstElementChild instanceof HTMLElement
      ? aside.current.parentElement.firstElementChild.offsetWidth
      : 0;
  const highlightCollapsed = layout.highlightCollapsed === true;
  const panelCollapsed = layout.panelCollapsed === true;
  const detailsStyle: CSSProperties | undefined =
    panelCollapsed || highlightCollapsed
      ? undefined
      : layout.highlightHeight !== undefined
        ? { flex: '0 0 auto', height: layout.highlightHeight, maxHeight: `calc(100% - ${MIN_PANEL}px)` }
        : undefined;
  return {
    panelCollapsed,
    highlightCollapsed,
    detailsStyle,
    width: {
      value: asideSize.width,
      min: MIN_INSPECTOR,
      max: Math.max(MIN_INSPECTOR, bodyWidth - sidebarWidth - MIN_READER),
      set: (w: number) => setPanelLayout({ inspectorWidth: w }),
      reset: () => setPanelLayout({ inspectorWidth: undefined }),
    },
    height: {
      shown: hasDetails && hasPanel && !highlightCollapsed && !panelCollapsed,
      value: detailsSize.height,
      min: MIN_DETAILS,
      max: Math.max(MIN_DETAILS, asideSize.height - MIN_PANEL),
      set: (h: number) => setPanelLayout({ highlightHeight: h }),
      reset: () => setPanelLayout({ highlightHeight: undefined }),
    },
    toggleHighlight: () => setPanelLayout({ highlightCollapsed: highlightCollapsed ? undefined : true }),
    togglePanel: () => setPanelLayout({ panelCollapsed: panelCollapsed ? undefined : true }),
    /** Choosing a tab of a collapsed panel opens it. */
    expandPanel: () => {
      if (panelCollapsed) setPanelLayout({ panelCollapsed: undefined });
    },
  };
}
