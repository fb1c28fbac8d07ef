/**
 * An event's documents: how many the sources say were signed ("eleven documents were signed")
 * against how many are recorded in Pact (linked to the event or its sub-events). Fewer reported
 * than recorded is kept, since sources count differently, but is likely a slip: the form warns
 * and the page says so.
 */
export function fewerSignedThanRecorded(signed: number | null | undefined, recorded: number): boolean {
  return signed !== null && signed !== undefined && signed < recorded;
}

/** "11 signed, 5 recorded"; null when there is nothing to say. */
export function documentsSignedText(signed: number | null | undefined, recorded: number): string | null {
  if (signed === null || signed === undefined) return recorded ? `${recorded} recorded` : null;
  const text = `${signed} signed, ${recorded} recorded`;
  return fewerSignedThanRecorded(signed, recorded) ? `${text}: more recorded than the sources report` : text;
}
