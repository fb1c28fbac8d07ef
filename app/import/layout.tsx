import type { ReactNode } from "react";
import { Forbidden } from "@/components/auth/forbidden";
import { pageActor } from "@/lib/auth/page";

// Checked above the page's loading boundary, as /editor does: an anonymous visitor is sent to the
// login before anything streams. The actions check the role again for themselves.
export default async function Layout({ children }: { children: ReactNode }) {
  const actor = await pageActor("editor", "/import");
  return actor === "forbidden" ? <Forbidden role="editor" /> : children;
}
