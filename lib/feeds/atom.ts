// A small Atom 1.0 (RFC 4287) writer. Written here rather than taken from the `feed` package:
// `feed` puts every title in CDATA as type="html" (so a title holding "<" or "&" becomes markup
// in the reader) and passes the control characters XML 1.0 forbids straight through, which makes
// the whole document ill-formed; Pact's feeds need a fixed handful of elements, and one escape.

/** Characters XML 1.0 forbids anywhere (C0 controls but tab, newline, return; U+FFFE, U+FFFF). */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

/**
 * Text made safe for XML content and attribute values alike: every "&" is escaped (so "AT&T" and
 * a literal "&amp;" both read back as written), the markup characters and quotes too; forbidden
 * control characters are dropped and half a surrogate pair becomes U+FFFD.
 */
export function escapeXml(text: string): string {
  return text
    .toWellFormed()
    .replace(FORBIDDEN, "")
    .replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

export interface AtomLink {
  href: string;
  rel?: "alternate" | "self" | "related" | "via";
  type?: string;
  title?: string;
}

export interface AtomEntry {
  id: string;
  title: string;
  /** When the entry last changed. */
  updated: Date;
  published?: Date;
  links: AtomLink[];
  /** Omitted: the feed's author stands for the entry's. */
  author?: string;
  /** HTML, carried escaped as `type="html"`. */
  contentHtml: string;
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle?: string;
  /** The page that shows what the feed follows. */
  alternate: string;
  /** The feed's own address. */
  self: string;
  author: string;
  entries: AtomEntry[];
  /** Used when there is no entry: the newest entry's date otherwise. */
  emptyUpdated?: Date;
}

/** RFC 3339 in UTC without fractions ("2019-06-01T00:00:00Z"), as Atom's date constructs take it. */
export function rfc3339(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}

function attributes(values: Record<string, string | undefined>): string {
  return Object.entries(values)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeXml(value)}"`)
    .join("");
}

const element = (name: string, text: string, attrs: Record<string, string | undefined> = {}) =>
  `<${name}${attributes(attrs)}>${escapeXml(text)}</${name}>`;

const link = (l: AtomLink) =>
  `<link${attributes({ rel: l.rel ?? "alternate", type: l.type, href: l.href, title: l.title })}/>`;

const author = (name: string) => `<author>${element("name", name)}</author>`;

function entryXml(entry: AtomEntry): string {
  return [
    "<entry>",
    element("id", entry.id),
    element("title", entry.title, { type: "text" }),
    element("updated", rfc3339(entry.updated)),
    ...(entry.published ? [element("published", rfc3339(entry.published))] : []),
    ...entry.links.map(link),
    ...(entry.author ? [author(entry.author)] : []),
    element("content", entry.contentHtml, { type: "html" }),
    "</entry>",
  ].join("\n");
}

/** The newest `updated` of the entries: the feed's own `updated`. */
function newest(feed: AtomFeed): Date {
  const times = feed.entries.map((e) => e.updated.getTime());
  return times.length ? new Date(Math.max(...times)) : (feed.emptyUpdated ?? new Date(0));
}

/** The whole document, UTF-8. */
export function atomXml(feed: AtomFeed): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    element("id", feed.id),
    element("title", feed.title, { type: "text" }),
    ...(feed.subtitle ? [element("subtitle", feed.subtitle, { type: "text" })] : []),
    element("updated", rfc3339(newest(feed))),
    link({ rel: "self", type: "application/atom+xml", href: feed.self }),
    link({ rel: "alternate", type: "text/html", href: feed.alternate }),
    author(feed.author),
    element("generator", "Pact"),
    ...feed.entries.map(entryXml),
    "</feed>",
    "",
  ].join("\n");
}
