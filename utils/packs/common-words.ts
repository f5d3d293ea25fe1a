/**
 * Common English words: a pack name that is one of them ("cell", "type", "may") would turn ordinary prose into
 * lookups, so it is kept for search and left out of automatic recognition. The bundled glossary needs no such
 * list: its short names carry hand-made case and context rules. Written for this purpose (function words and the
 * everyday words of scientific prose), not copied from a frequency table.
 */
const WORDS = `
a about above after again against all also an and any are as at be because been before being below between
both but by can could did do does doing down during each few for from further had has have having he her here
hers him his how i if in into is it its itself just me more most my no nor not now of off on once only or other
our out over own same she should so some such than that the their them then there these they this those through
to too under until up very was we were what when where which while who whom why will with would you your
able above across add age ago aim air allow almost alone along already although always among amount another
area around ask away back base bear beat become begin best better big bit body book bring build call care carry
case cause change check clear close come common control cost count course cover cut data day deal deep develop
die differ direct down draw drive drop early ease effect end enough even event ever every example face fact
fail fall far fast feel field fill find fine fire first fit fix follow force form free full gain general get
give go good great ground group grow hand happen hard head hear help high hold home hope house however human
idea include increase keep kind know large last late lead learn least leave less level life light like line
list little live long look lose lot low main make man many mark matter mean measure meet might mind miss model
move much must name near need never new next note number offer often old open order part pass past pay people
per place plan play point power present press produce put question range rate reach read real reason record
report rest result return right rise role room rule run safe same say see seem send set show side sign simple
since size small sort sound source space stand start state stay step still stop study support sure system
take talk team tell term test thing think time top total toward true try turn type use value view wait walk
want way week well whole wide win word work world write year yes yet young cell cells protein gene genes
tissue blood cancer tumour tumor drug dose trial patient patients treatment therapy response marker
`;

export const COMMON_WORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(Boolean));
