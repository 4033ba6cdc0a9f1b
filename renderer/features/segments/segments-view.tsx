import { useEffect, useMemo, useRef } from 'react';
import { groupSegments, type SegmentGroup } from '../../../shared/segments/segment-groups.ts';
import { segmentsCsv, segmentsHtml } from '../../../shared/segments/segments-export.ts';
import { downloadFile } from '../../ui/download.ts';
import { openInCoding, openReview, useSegmentsTarget } from '../../state/view.ts';
import type { ViewProps } from '../../state/view-props.ts';
import { isPrivilegedRole } from '../../../shared/api/coder.ts';
import { filterSummary, NO_FILTERS } from './segment-filters.ts';
import { SegmentPassage } from './segment-passage.tsx';
import { SegmentsMemo } from './segments-memo.tsx';
import { SegmentsFilterBar } from './segments-filter-bar.tsx';
import { useSegmentFilters } from './segments-store.ts';
import { useSegments } from './use-segments.ts';

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60) || 'segments';

/** Every highlight across the project's transcripts that this coder may see, filtered and grouped by passage. */
export function SegmentsView({ project, coder, data }: ViewProps) {
  const target = useSegmentsTarget();
  const handled = useRef(0);
  const [filters, setFilters] = useSegmentFilters(project.path);
  // Opened from a search by code: show that code (once per request).
  useEffect(() => {
    if (target && target.seq !== handled.current) {
      handled.current = target.seq;
      setFilters({ ...NO_FILTERS, code: target.codeId ? `code:${target.codeId}` : `group:${target.groupId ?? ''}` });
    }
  }, [target, setFilters]);
  const { segments, error, loading } = useSegments(filters, 0);
  const groups = useMemo(() => groupSegments(segments ?? []), [segments]);
  const blind = data.settings.blindMode && !data.settings.revealed && data.settings.revealedTranscripts.length === 0;

  const { codes, groups: codeGroups } = data.codebook.codebook;
  const names = {
    code: filters.code.startsWith('code:')
      ? codes.find((c) => `code:${c.id}` === filters.code)?.label
      : codeGroups.find((g) => `group:${g.id}` === filters.code)?.label,
    coder: data.coders.find((c) => c.id === filters.coderId)?.name,
    transcript: data.transcripts.find((t) => t.id === filters.transcriptId)?.title,
  };
  const summary = filterSummary(filters, names);
  const base = `${slug(project.name)}-segments${names.code ? `-${slug(names.code)}` : ''}`;

  const open = (g: SegmentGroup) => {
    const ids = [...new Set(g.segments.map((s) => s.coderId))];
    // Your own highlight alone: the Coding view. Others': the Review view, side by side with yours.
    if (ids.length === 1 && ids[0] === coder.id)
      openInCoding({ transcriptId: g.transcriptId, start: g.start, end: g.end });
    else
      openReview({
        transcriptId: g.transcriptId,
        coderIds: ids.length > 1 ? ids : [...ids, coder.id],
        start: g.start,
        end: g.end,
      });
  };

  return (
    <div className="seg-view">
      <header className="seg-head">
        <div>
          <h1 className="mc-title">Segments</h1>
          <p className="muted small" aria-live="polite">
            {segments === null
              ? 'Loading…'
              : `${segments.length} highlight${segments.length === 1 ? '' : 's'} in ${groups.length} passage${groups.length === 1 ? '' : 's'} · ${summary}`}
            {blind && ' · blind coding is on: only your own highlights are shown'}
          </p>
        </div>
        <div className="toolbar-actions" role="group" aria-label="Export">
          <span className="muted small">Export</span>
          <button
            type="button"
            className="btn btn-small"
            disabled={!segments?.length}
            onClick={() => downloadFile(`${base}.csv`, segmentsCsv(segments ?? []), 'text/csv;charset=utf-8')}
          >
            CSV
          </button>
          <button
            type="button"
            className="btn btn-small"
            disabled={!segments?.length}
            onClick={() =>
              downloadFile(
                `${base}.html`,
                segmentsHtml(segments ?? [], { project: project.name, filters: summary }),
                'text/html;charset=utf-8',
              )
            }
          >
            HTML
          </button>
        </div>
      </header>
      <SegmentsFilterBar
        filters={filters}
        onChange={setFilters}
        transcripts={data.transcripts}
        coders={data.coders}
        codebook={data.codebook}
      />
      {error && (
        <div className="inline-error" role="alert">
          {error}
        </div>
      )}
      {segments !== null && groups.length === 0 && !error && (
        <p className="muted pad">No highlights match these filters{loading ? ' (updating…)' : ''}.</p>
      )}
      <div className="seg-body">
        <ol className={`seg-list${loading ? ' seg-list--stale' : ''}`} aria-label="Coded passages">
          {groups.map((g) => (
            <SegmentPassage key={g.key} group={g} onOpen={open} />
          ))}
        </ol>
        <SegmentsMemo code={filters.code} codeName={names.code} canEdit={isPrivilegedRole(coder.role)} />
      </div>
    </div>
  );
}
