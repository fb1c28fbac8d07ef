type Side = { code: string; name: string } | null;

/** "Vietnam visiting Cambodia", or whichever side the record names. */
export function eventSides(host: Side, visitor: Side): string | null {
  if (host && visitor) return `${visitor.name} visiting ${host.name}`;
  if (host) return `Hosted by ${host.name}`;
  if (visitor) return `Visit by ${visitor.name}`;
  return null;
}
