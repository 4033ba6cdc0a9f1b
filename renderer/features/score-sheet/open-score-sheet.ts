import { runCommand } from '../../state/commands.ts';

/**
 * Switch the coding panel to the score sheet (its registered command) and bring its "Losses and
 * traumas" list into view with the first add button focused, so a coder who has no event yet can
 * record one straight away. False when no coding panel is mounted.
 */
export function openScoreSheetEvents(): boolean {
  if (!runCommand('coding-panel.scores')) return false;
  let frames = 0;
  const look = () => {
    // The sheet renders after the tab switch: wait a few frames for it.
    const add = document.querySelector<HTMLButtonElement>('[aria-label="Score sheet"] .events-add button');
    if (add) {
      add.scrollIntoView({ block: 'center' });
      add.focus();
      return;
    }
    if (++frames < 30) requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
  return true;
}
