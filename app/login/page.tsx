import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { PageHeader } from "@/components/ui/page-header";
import type { SearchParams } from "@/lib/records/search-params";
import { safeNextPath } from "@/lib/auth/next-path";
import { currentActor } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Log in" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const next = safeNextPath((await searchParams).next);
  if (await currentActor()) redirect(next);
  return (
    <div className="space-y-6">
      <PageHeader title="Log in">
        Editors and admins log in to record and update. Accounts are created by an admin.
      </PageHeader>
      <LoginForm next={next} />
    </div>
  );
}
