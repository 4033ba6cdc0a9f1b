import { useEffect, useState } from 'react';
import type { Segment, SegmentListArgs } from '../../../shared/api/segment.ts';
import { errorMessage, send } from '../../api/client.ts';
import { filterArgs, type SegmentFilterState } from './segment-filters.ts';

/** The segments the filters select, fetched again when they change (typing in the words field waits a moment). */
export function useSegments(filters: SegmentFilterState, refreshSeq: number) {
  const [segments, setSegments] = useState<Segment[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const key = JSON.stringify(filterArgs(filters));

  useEffect(() => {
    let live = true;
    setLoading(true);
    const timer = setTimeout(
      () => {
        send('segment-list', JSON.parse(key) as SegmentListArgs)
          .then((s) => {
            if (!live) return;
            setSegments(s);
            setError(null);
          })
          .catch((e: unknown) => live && setError(errorMessage(e)))
          .finally(() => live && setLoading(false));
      },
      filters.text ? 200 : 0,
    );
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [key, refreshSeq, filters.text]);

  return { segments, error, loading };
}
