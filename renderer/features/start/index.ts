/**
 * The start screen: create or open a project.
 * This index is what other features and the app may use; everything else is internal to the feature.
 */
export { StartScreen } from './start-screen.tsx';
