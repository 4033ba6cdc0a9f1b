import { useMemo } from 'react';
import type { StoredSection } from '../../../shared/api/transcript.ts';
import { useRegisterCommands, type Command } from '../../state/commands.ts';
import { sectionHeading } from '../transcript/index.ts';

/**
 * The outline in the command palette too, so sections are reachable without the mouse: go to each
 * section, and for leads and trainers start one at the caret. `startHere` and `jump` must be stable.
 */
export function useSectionCommands(
  canEdit: boolean,
  sections: readonly StoredSection[],
  startHere: () => void,
  jump: (s: StoredSection) => void,
): void {
  const commands = useMemo<Command[]>(
    () => [
      ...(canEdit
        ? [
            {
              id: 'sections.start-here',
              title: 'Start a question section at the caret',
              group: 'Sections',
              keywords: ['heading', 'question', 'split'],
              run: startHere,
            },
          ]
        : []),
      ...sections.map((s) => ({
        id: `sections.go.${s.id}`,
        title: `Go to ${sectionHeading(s)}`,
        group: 'Sections',
        keywords: ['section', 'question', 'jump'],
        run: () => jump(s),
      })),
    ],
    [canEdit, sections, startHere, jump],
  );
  useRegisterCommands(commands);
}
