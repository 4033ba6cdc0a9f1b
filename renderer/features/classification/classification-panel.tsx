import { useRef } from 'react';
import type { Classification } from '../../../shared/api/classification.ts';
import type { LossEvent } from '../../../shared/api/event.ts';
import type { Rating } from '../../../shared/api/rating.ts';
import { deriveAllLevels } from '../../../shared/codebook/classification.ts';
import type { ClassificationScheme, Scale } from '../../../shared/codebook/codebook-schema.ts';
import type { Owner } from '../../state/coding-data.ts';
import { AlternativeChoice } from './alternative-choice.tsx';
import { ClassificationNote } from './classification-note.tsx';
import { ConfidenceRow } from './confidence-row.tsx';
import { DerivedLabels } from './derived-labels.tsx';
import { PrimaryChoice } from './primary-choice.tsx';
import { SubtypeChoice } from './subtype-choice.tsx';
import { useClassificationDraft } from './use-classification-draft.ts';

interface Props {
  owner: Owner;
  scheme: ClassificationScheme | null;
  classification: Classification | null;
  /** The score sheet's losses, traumas and ratings: U is only applicable when one is discussed. */
  events: readonly LossEvent[];
  ratings: readonly Rating[];
  scales: readonly Scale[];
}

/**
 * Primary category, subtype, the alternative U and CC require, confidence, "forced" and a note; the
 * 2-, 3-, 4- and 5-way labels derived from this one coding are shown as they change. Categories come
 * from the codebook's classification scheme. A U or CC without its alternative is kept here (not
 * saved) until the alternative is chosen, since the record would be incomplete.
 */
export function ClassificationPanel({ owner, scheme, classification, events, ratings, scales }: Props) {
  const { draft, shown, note, change, choosePrimary, editNote, commitNote, clear } = useClassificationDraft(
    owner,
    scheme,
    classification,
  );
  const primaryGroup = useRef<HTMLDivElement>(null);

  if (!scheme) return <p className="muted small pad">This codebook defines no classification.</p>;

  const primary = scheme.primary.find((p) => p.id === shown.primary);
  const derived = shown.primary
    ? draft || !classification
      ? deriveAllLevels(scheme, shown)
      : classification.derived
    : [];

  return (
    <section className="classification" aria-label="Classification">
      <PrimaryChoice
        scheme={scheme}
        chosen={shown.primary}
        onChoose={choosePrimary}
        groupRef={primaryGroup}
        events={events}
        ratings={ratings}
        scales={scales}
      />
      {primary && primary.subtypes.length > 0 && (
        <SubtypeChoice primary={primary} subtype={shown.subtype} change={change} />
      )}
      {primary?.requiresAlternative && (
        <AlternativeChoice scheme={scheme} primary={primary} shown={shown} change={change} />
      )}
      <ConfidenceRow shown={shown} disabled={!primary} change={change} />
      <ClassificationNote note={note} disabled={!primary} onEdit={editNote} onCommit={commitNote} />
      <DerivedLabels scheme={scheme} derived={derived} />
      {(classification || draft) && (
        <div className="cls-foot">
          {draft && !classification ? <span className="muted small">Nothing saved yet.</span> : <span />}
          <button
            type="button"
            className="btn btn-quiet btn-small danger-text"
            onClick={() => {
              // This button goes with the classification: the keyboard goes on from the first category.
              primaryGroup.current?.querySelector('button')?.focus();
              clear();
            }}
          >
            Clear classification
          </button>
        </div>
      )}
    </section>
  );
}
