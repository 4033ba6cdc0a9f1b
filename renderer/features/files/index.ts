/**
 * The browser UI's file picker (Open, New, Save, and a folder for Write packages): folders under the home folder,
 * served by the local host. This index is what other features and the app may use.
 */
export { FilePickerDialog, type FilePickerProps } from './file-picker-dialog.tsx';
export { folderOf } from './use-folder.ts';
export type { PickerMode } from './picker-logic.ts';
