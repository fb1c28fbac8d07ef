import type { ReactNode } from "react";
import { Forbidden } from "@/components/auth/forbidden";
import { pageActor } from "@/lib/auth/page";

// Checked above the pages' loading boundary: an anonymous visitor gets a real redirect to the
// login, not one streamed after the page began. The pages check again for themselves.
export default async function Layout({ children }: { children: ReactNode }) {
  const actor = await pageActor("admin", "/admin");
  return actor === "forbidden" ? <Forbidden role="admin" /> : children;
}
