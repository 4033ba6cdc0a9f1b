/**
 * The Project settings view: coders, hidden fields, coding exchange and exports.
 * This index is what other features and the app may use; everything else is internal to the feature.
 */
export { ProjectSettingsView } from './project-settings.tsx';
export { ExportCodingFromMenu } from './export-coding-from-menu.tsx';
