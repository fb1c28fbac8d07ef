// Texts for timing tests: ordinary articles of any length (sentences written for these tests), and
// the shapes an outside review found slow, such as a sentence holding 200,000 spaces.

const SENTENCES = [
  "The two ministers met in Phnom Penh on March 14, 2019, to review the border schools programme.",
  "Vietnam pledged to help Cambodia build three new schools in Kampong Cham before the rainy season.",
  "Cambodia asked Vietnam to send at least 20 teachers a year and to train 150 local staff.",
  "The Lao delegation proposed a joint survey of the Mekong crossings from May 2 to May 9.",
  "Officials said the 5 million USD clinic is a gift presented to Laos by Vietnam.",
  "Le ministre a proposé au Cambodge de favoriser les échanges entre les deux universités.",
  "Les deux parties ont signé un accord de 1,5 million d'euros pour la formation de 300 enseignants.",
  "He added that the works would run from 15 minutes to 30 minutes a day in every school.",
];

/** An ordinary article of about `length` characters: the sentences above, their numbers varied per copy. */
export function ordinaryArticle(length: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let copy = 0; size < length; copy++) {
    const paragraph = SENTENCES.map((s) => s.replace(/\d+/g, (d) => String(((Number(d) + copy) % 27) + 1))).join(" ");
    parts.push(paragraph);
    size += paragraph.length + 2;
  }
  return parts.join("\n\n").slice(0, length);
}

/** `head`, then `unit` repeated to fill about `length` characters, then `tail`. */
export function repeated(head: string, unit: string, tail: string, length: number): string {
  return head + unit.repeat(Math.max(1, Math.ceil((length - head.length - tail.length) / unit.length))) + tail;
}

/** Ordinary sentences around one that holds `spaces` spaces, as in the review's report. */
export function spacedArticle(spaces: number): string {
  return `${SENTENCES[0]}\n\nVietnam pledged to help Cambodia build${" ".repeat(spaces)}three new schools before the rainy season. ${SENTENCES[2]}`;
}
