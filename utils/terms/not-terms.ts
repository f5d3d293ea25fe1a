/**
 * Phrases that contain a glossary name but mean something else. The recogniser takes the longest match, so
 * each of these wins over the name inside it and names nothing: "signal transduction" is not gene transfer by
 * transduction, the Tropic of Cancer is a line of latitude, and the Ilyushin Il-2 is an aircraft.
 */
export const NOT_TERMS: readonly string[] = [
  'signal transduction',
  'sensory transduction',
  'transduction pathway',
  'Tropic of Cancer',
  'Ilyushin Il-2',
  'Ilyushin Il-18',
  'Ilyushin Il-28',
];
