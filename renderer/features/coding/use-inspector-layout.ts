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
 * The widths of the row the panel sits in and of its first column (the transcript list), observed rather
 * than read while rendering: reading them in render forced a layout of the whole page on every render
 * (several per transcript switch, each after the last commit's changes).
 */
function useRowWidths(aside: RefObject<HTMLElement | null>): { bodyWidth: number; sidebarWidth: number } {
  const [widths, setWidths] = useState({ bodyWidth: 0, sidebarWidth: 0 });
  useEffect(() => {
    const body = aside.current?.parentElement;
    if (!body) return;
    const sidebar = body.firstElementChild;
    const observer = new ResizeObserver(() =>
      setWidths({
        bodyWidth: body.offsetWidth,
        sidebarWidth: sidebar instanceof HTMLElement ? sidebar.offsetWidth : 0,
      }),
    );
    observer.observe(body);
    if (sidebar instanceof HTMLElement) observer.observe(sidebar);
    return () => observer.disconnect();
  }, [aside]);
  return widths;
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
  const { bodyWidth, sidebarWidth } = useRowWidths(aside);
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
