import { useEffect, useRef } from 'react';
import type { Codebook } from '../../../shared/codebook/codebook-schema.ts';

interface Props {
  codebook: Codebook;
  /** Code ids whose highlights are hidden in the view and the margin. */
  hidden: ReadonlySet<string>;
  onChange: (hidden: ReadonlySet<string>) => void;
  /** Highlights per code id (shown beside each code). */
  counts: ReadonlyMap<string, number>;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

/**
 * "Show highlights": tick codes or whole groups to show; hidden codes' highlights leave the text and
 * the margin (they are not deleted). A plain disclosure with checkboxes, so Tab and Space work.
 */
export function HighlightFilter({ codebook, hidden, onChange, counts, open, onOpenChange }: Props) {
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (open) panel.current?.querySelector<HTMLInputElement>('input')?.focus();
  }, [open]);
  const codes = codebook.codes.filter((c) => !c.archived || (counts.get(c.id) ?? 0) > 0);
  const hiddenCount = codes.filter((c) => hidden.has(c.id)).length;
  const set = (ids: string[], show: boolean) => {
    const next = new Set(hidden);
    for (const id of ids) {
      if (show) next.delete(id);
      else next.add(id);
    }
    onChange(next);
  };

  return (
    <div className="hl-filter">
      <button
        type="button"
        className="btn btn-quiet btn-small"
        aria-expanded={open}
        onClick={() => onOpenChange(!open)}
        title="Show or hide highlights by code or group"
      >
        {hiddenCount ? `Filter: ${hiddenCount} ${hiddenCount === 1 ? 'code' : 'codes'} hidden` : 'Filter highlights'}
      </button>
      {open && (
        <div
          ref={panel}
          className="hl-filter-panel"
          role="group"
          aria-label="Show highlights of"
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.stopPropagation();
              onOpenChange(false);
            }
          }}
        >
          <div className="hl-filter-actions">
            <button type="button" className="btn btn-quiet btn-small" onClick={() => onChange(new Set())}>
              Show all
            </button>
            <button
              type="button"
              className="btn btn-quiet btn-small"
              onClick={() => onChange(new Set(codes.map((c) => c.id)))}
            >
              Hide all
            </button>
            <button type="button" className="btn btn-quiet btn-small" onClick={() => onOpenChange(false)}>
              Done
            </button>
          </div>
          {codebook.groups.map((g) => {
            const ids = codes.filter((c) => c.group === g.id).map((c) => c.id);
            if (ids.length === 0) return null;
            const shown = ids.filter((id) => !hidden.has(id)).length;
            return (
              <fieldset key={g.id} className="hl-filter-group">
                <legend>
                  <label>
                    <input
                      type="checkbox"
                      checked={shown === ids.length}
                      ref={(el) => {
                        if (el) el.indeterminate = shown > 0 && shown < ids.length;
                      }}
                      onChange={(e) => set(ids, e.target.checked)}
                    />{' '}
                    {g.label}
                  </label>
                </legend>
                {codes
                  .filter((c) => c.group === g.id)
                  .map((c) => (
                    <label key={c.id} className="hl-filter-code">
                      <input
                        type="checkbox"
                        checked={!hidden.has(c.id)}
                        onChange={(e) => set([c.id], e.target.checked)}
                      />
                      <span className="swatch" style={{ backgroundColor: c.color }} aria-hidden="true" />
                      <span className="hl-filter-label">{c.label}</span>
                      <span className="muted small">{counts.get(c.id) ?? 0}</span>
                    </label>
                  ))}
              </fieldset>
            );
          })}
        </div>
      )}
    </div>
  );
}
