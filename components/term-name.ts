/** A term's short name when it says something its full name does not ("IL-12" beside "Interleukin-12"), else null. */
export function distinctShort(term: { name: string; short?: string }): string | null {
  return term.short && term.short !== term.name ? term.short : null;
}

/** How a term is listed by name: "IL-12 (Interleukin-12)", or just its name when it has no other short one. */
export function listedName(term: { name: string; short?: string }): string {
  const short = distinctShort(term);
  return short ? `${short} (${term.name})` : term.name;
}
