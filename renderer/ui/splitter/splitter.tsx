import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { keyStart, sizeForKey } from './splitter-keys.ts';

interface Props {
  /** What it resizes, e.g. "Resize the coding panel". */
  label: string;
  /** 'vertical': a line between columns (changes a width); 'horizontal': between rows (a height). */
  orientation: 'vertical' | 'horizontal';
  /** The size now, in CSS pixels (read by assistive technology as the separator's value). */
  value: number;
  min: number;
  max: number;
  /**
   * The side it resizes grows when the pointer moves right / down (`1`) or left / up (`-1`): a panel on the
   * right grows as its left edge moves left.
   */
  direction: 1 | -1;
  onChange: (size: number) => void;
  /** Called when the size should return to its default (double-click, or Enter). */
  onReset?: () => void;
  className?: string;
}

/**
 * A drag handle between two panels, as the ARIA window-splitter pattern has it: a focusable separator with
 * its value; arrow keys move it (Shift for bigger steps), Home and End go to the ends, Enter or a
 * double-click restores the default size.
 */
export function Splitter({ label, orientation, value, min, max, direction, onChange, onReset, className }: Props) {
  const drag = useRef<{ from: number; size: number } | null>(null);
  const clamp = (n: number) => Math.round(Math.min(max, Math.max(min, n)));
  const coord = (e: PointerEvent) => (orientation === 'vertical' ? e.clientX : e.clientY);

  const pending = useRef<{ asked: number; shown: number } | null>(null);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && onReset) {
      e.preventDefault();
      pending.current = null;
      onReset();
      return;
    }
    const from = keyStart(value, pending.current);
    const next = sizeForKey({ key: e.key, shiftKey: e.shiftKey, orientation, direction, from, min, max });
    if (next === null) return;
    e.preventDefault();
    pending.current = { asked: next, shown: value };
    onChange(next);
  };

  return (
    <div
      role="separator"
      aria-label={label}
      aria-orientation={orientation}
      aria-valuenow={Math.round(value)}
      aria-valuemin={min}
      aria-valuemax={max}
      tabIndex={0}
      title={`${label}: drag, or focus and use the arrow keys${onReset ? ' (double-click restores it)' : ''}`}
      className={`splitter splitter--${orientation}${className ? ` ${className}` : ''}`}
      onKeyDown={onKeyDown}
      onDoubleClick={onReset}
      onPointerDown={(e) => {
        if (e.button !== 0) return;
        e.preventDefault();
        e.currentTarget.setPointerCapture(e.pointerId);
        drag.current = { from: coord(e), size: value };
        pending.current = null;
      }}
      onPointerMove={(e) => {
        const d = drag.current;
        if (d) onChange(clamp(d.size + (coord(e) - d.from) * direction));
      }}
      onPointerUp={(e) => {
        drag.current = null;
        e.currentTarget.releasePointerCapture(e.pointerId);
      }}
      onPointerCancel={() => {
        drag.current = null;
      }}
    />
  );
}
