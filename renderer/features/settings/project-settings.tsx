import { useState } from 'react';
import { isPrivilegedRole } from '../../../shared/api/coder.ts';
import { ROLE_LABELS } from './role-labels.ts';
import type { ViewProps } from '../../state/view-props.ts';
import { CodersPanel } from './coders-panel.tsx';
import { CodingExchange } from './coding-exchange.tsx';
import { PackagesCard } from '../packages/index.ts';
import { HiddenFieldsEditor } from '../metadata/index.ts';
import { QdaExchangeCard } from '../qda/index.ts';
import { SharedMemoEditor } from '../segments/index.ts';
import { RevealDialog } from './reveal-dialog.tsx';
import { BlindCodingCard } from './blind-coding-card.tsx';
import { FormatCard } from './format-card.tsx';
import { ScaleToleranceCard } from './scale-tolerance-card.tsx';
import { TrainerModeCard } from './trainer-mode-card.tsx';
import { useSettingsUpdate } from './use-settings-update.ts';
import { ViewNotice } from '../../ui/view-notice.tsx';
import { AuditLogPanel } from '../audit/index.ts';
import { WithdrawalCard } from '../withdrawal/index.ts';

/**
 * Blind coding and reveal, trainer mode and its pass rule, scale tolerance, hidden metadata fields
 * and the project's coders. Leads and trainers change them; everyone else sees them read-only with
 * the reason (the services refuse the same changes).
 */
export function ProjectSettingsView({ project, coder, data, reload }: ViewProps) {
  const s = data.settings;
  const canEdit = isPrivilegedRole(coder.role);
  const { error, update } = useSettingsUpdate(reload);
  const [confirmReveal, setConfirmReveal] = useState(false);
  const levels = data.codebook.codebook.classification?.levels ?? [];

  return (
    <div className="mc-page">
      <header className="mc-page-head">
        <div>
          <h1 className="mc-title">Project settings</h1>
          <p className="muted">
            {project.name} · you are <strong>{coder.name}</strong> ({ROLE_LABELS[coder.role] ?? coder.role})
          </p>
        </div>
      </header>
      {!canEdit && (
        <ViewNotice title="Read-only for you" tone="locked">
          Blind coding, trainer mode and the other settings are changed by a lead or trainer, and Attune’s host refuses
          the change from anyone else. You can still export your own coding below.
        </ViewNotice>
      )}
      {error && (
        <div className="inline-error" role="alert">
          {error}
        </div>
      )}

      <div className="settings-grid">
        <section className="card settings-card" aria-labelledby="st-exchange">
          <h2 className="card-title" id="st-exchange">
            Exchange coding
          </h2>
          <p className="card-hint">
            Coders on other machines send their work as one <span className="mono">.attune-coding</span> file; the lead
            imports it here. Transcripts are matched by their text’s fingerprint (SHA-256), so titles may differ.
          </p>
          <CodingExchange coder={coder} data={data} onImported={reload} />
        </section>

        <PackagesCard isLead={coder.role === 'lead'} />

        <QdaExchangeCard canImport={canEdit} />

        <BlindCodingCard settings={s} canEdit={canEdit} update={update} onReveal={() => setConfirmReveal(true)} />
        <TrainerModeCard settings={s} canEdit={canEdit} levels={levels} update={update} />
        <ScaleToleranceCard settings={s} canEdit={canEdit} update={update} />
        <FormatCard />

        <section className="card settings-card" aria-labelledby="st-hidden">
          <h2 className="card-title" id="st-hidden">
            Hidden metadata fields
          </h2>
          <p className="card-hint">
            Fields coders must not see (group, condition, other measures such as the infant’s Strange Situation result).
            Only leads and trainers see them.
          </p>
          <HiddenFieldsEditor
            fields={s.hiddenMetadataFields}
            disabled={!canEdit}
            onChange={(fields) => void update({ hiddenMetadataFields: fields }, 'Hidden metadata fields')}
          />
        </section>

        <section className="card settings-card settings-card--wide" aria-labelledby="st-memo">
          <h2 className="card-title" id="st-memo">
            Memos
          </h2>
          <SharedMemoEditor
            memoRef={{ scope: 'project' }}
            title="Project memo"
            hint="Decisions and conventions for the whole study, shared with every coder (also beside the passages in Segments). Saved as you type; Ctrl+Z undoes. Each code's memo is in the Codebook, under the code."
            canEdit={canEdit}
          />
        </section>

        <section className="card settings-card settings-card--wide" aria-labelledby="st-coders">
          <h2 className="card-title" id="st-coders">
            Coders
          </h2>
          <CodersPanel coder={coder} coders={data.coders} onAdded={reload} />
        </section>

        <WithdrawalCard coder={coder} coders={data.coders} transcripts={data.transcripts} onDeleted={reload} />

        <section className="card settings-card settings-card--wide" aria-labelledby="st-audit">
          <h2 className="card-title" id="st-audit">
            Audit log
          </h2>
          <p className="card-hint">
            Every decision behind a published figure, for everyone to read: who did what, when, to which transcript or
            coder. It holds ids and names, never coding or transcript text, and nothing can change or remove an entry.
          </p>
          <AuditLogPanel
            coders={data.coders}
            transcripts={data.transcripts}
            projectName={project.name}
            version={`${data.coders.length}:${data.transcripts.length}:${JSON.stringify(s)}:${data.keys.length}`}
          />
        </section>
      </div>
      {confirmReveal && (
        <RevealDialog
          onCancel={() => setConfirmReveal(false)}
          onConfirm={async () => {
            setConfirmReveal(false);
            await update({ revealed: true }, 'Revealing coding');
          }}
        />
      )}
    </div>
  );
}
