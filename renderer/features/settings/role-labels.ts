/** How each role is named on screen. */
export const ROLE_LABELS: Record<string, string> = {
  coder: 'Coder',
  lead: 'Lead',
  trainer: 'Trainer',
  trainee: 'Trainee',
  consensus: 'Consensus record',
};
