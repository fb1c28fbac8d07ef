import type { Metadata } from "next";
import { ATOM_TYPE } from "@/lib/feeds/url";

/**
 * A page's feed for readers' discovery: `<link rel="alternate" type="application/atom+xml">` in
 * the head. Same-origin paths, as every link of the page.
 */
export function feedAlternates(feeds: { href: string; title: string }[]): Metadata["alternates"] {
  return { types: { [ATOM_TYPE]: feeds.map(({ href, title }) => ({ url: href, title })) } };
}

/** The same feed as a visible link; its accessible name says what the feed follows. */
export function FeedLink({ href, what, children = "Feed" }: { href: string; what: string; children?: string }) {
  return (
    <a
      href={href}
      type={ATOM_TYPE}
      className="rounded border border-line bg-white px-3 py-1.5 text-sm hover:border-accent"
    >
      {children}
      <span className="sr-only"> (Atom): {what}</span>
    </a>
  );
}
