/**
 * A rough strength hint for a passphrase typed to encrypt a package: its length and variety, and a
 * warning for well-known weak choices. A hint only: age's scrypt slows guessing, but a short or common
 * passphrase still falls quickly to a guesser who holds the file.
 */
export type Strength = 'empty' | 'weak' | 'fair' | 'strong';

const COMMON = /^(password|passwort|passphrase|attune|123456|qwerty|letmein|welcome|secret|study)/i;

export function passphraseStrength(p: string): { level: Strength; hint: string } {
  if (p.length === 0) return { level: 'empty', hint: 'Choose a passphrase of four or more random words.' };
  const words = p
    .trim()
    .split(/[\s\-_.]+/)
    .filter((w) => w.length >= 3).length;
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((r) => r.test(p)).length;
  if (p.length < 10 || COMMON.test(p) || new Set(p).size < 5)
    return { level: 'weak', hint: 'Weak: easy to guess. Use four or more random words, or at least 16 characters.' };
  if (p.length >= 20 || words >= 4 || (p.length >= 14 && classes >= 3))
    return { level: 'strong', hint: 'Strong. Send it by another channel than the file (say it by phone).' };
  return { level: 'fair', hint: 'Fair. Longer is better: four or more random words.' };
}
