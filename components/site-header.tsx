import Link from "next/link";
import { Suspense } from "react";
import { AsOfPicker } from "./as-of-picker";
import { UserMenu } from "./auth/user-menu";
import { SiteNav } from "./site-nav";

export function SiteHeader() {
  return (
    <header className="border-b border-line bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="font-serif text-xl font-semibold tracking-tight">
          Pact
        </Link>
        <div className="flex flex-wrap items-center gap-x-6 gap-y-2">
          {/* Both read the URL's search params, which a static shell cannot know. */}
          <Suspense fallback={null}>
            <AsOfPicker />
          </Suspense>
          <Suspense fallback={null}>
            <UserMenu />
          </Suspense>
        </div>
      </div>
      <div className="mx-auto max-w-6xl px-4 pb-3">
        <Suspense fallback={null}>
          <SiteNav />
        </Suspense>
      </div>
    </header>
  );
}
