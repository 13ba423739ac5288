export const LANG_NEUTRAL = 0;
export const LANG_EN_US = 0x0409;

/**
 * The order FormatMessage and LoadString search a module's languages in
 * when none is asked for: neutral, then en-US, then the rest as given.
 */
export function preferredLanguages(langs: readonly number[]): number[] {
  const first = [LANG_NEUTRAL, LANG_EN_US].filter((l) => langs.includes(l));
  return [...first, ...langs.filter((l) => !first.includes(l))];
}
