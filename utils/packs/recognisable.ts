/** Which of a pack entry's names may be recognised on a page by themselves. */
import type { AliasRule } from '../knowledge/types';
import { lettersAndDigits } from '../terms/term-index';
import { COMMON_WORDS } from './common-words';

/** Why a name is kept out of automatic recognition, or null when it may be recognised. */
export function notRecognisable(name: string): string | null {
  const letters = lettersAndDigits(name);
  if ([...letters].length <= 1) return 'a single letter or digit';
  if (COMMON_WORDS.has(name.trim().toLowerCase())) return 'a common English word';
  return null;
}

/**
 * The rule a name gets when its pack gives none. Short all-letter names (CAR, TAM, Treg) are ordinary words or
 * other acronyms in other cases, so they match only as written, as the bundled glossary's short names do.
 */
export function defaultRule(name: string): AliasRule | undefined {
  const letters = lettersAndDigits(name);
  return letters.length <= 4 && /^[\p{L}]+$/u.test(letters) ? { case: 'exact' } : undefined;
}
