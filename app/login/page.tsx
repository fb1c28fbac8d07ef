import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { PageHeader } from "@/components/ui/page-header";
import type { SearchParams } from "@/lib/api/search-params";
import { currentActor } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Log in" };

/** Only paths of this site: a `next` pointing elsewhere would make the form an open redirect. */
function safeNext(value: string | string[] | undefined): string {
  return typeof value === "string" && value.startsWith("/") && !value.startsWith("//") ? value : "/";
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const next = safeNext((await searchParams).next);
  if (await currentActor()) redirect(next);
  return (
    <div className="space-y-6">
      <PageHeader title="Log in">Editors and admins log in to record and update. Accounts are created by an admin.</PageHeader>
      <LoginForm next={next} />
    </div>
  );
}
