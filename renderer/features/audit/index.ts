/**
 * The audit log viewer: every coder reads the project's log (who did what to which id; no coding).
 * This index is what other features and the app may use; everything else is internal to the feature.
 */
export { AuditLogPanel } from './audit-log-panel.tsx';
