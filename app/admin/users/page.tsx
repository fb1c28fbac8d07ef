import type { Metadata } from "next";
import Link from "next/link";
import { CreateUserForm } from "@/components/admin/create-user-form";
import { RoleSelect } from "@/components/admin/role-select";
import { Forbidden } from "@/components/auth/forbidden";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { pageActor } from "@/lib/auth/page";
import { isRole } from "@/lib/auth/roles";
import { listUsers } from "@/lib/users/queries";

export const metadata: Metadata = { title: "Accounts" };

export default async function UsersPage() {
  const actor = await pageActor("admin", "/admin/users");
  if (actor === "forbidden") return <Forbidden role="admin" />;
  const users = await listUsers();
  return (
    <div className="space-y-8">
      <PageHeader title="Accounts" eyebrow="Admin">
        There is no public sign-up: accounts are made here or with <code>npm run user:add</code>.
      </PageHeader>
      <div className="relative overflow-x-auto rounded border border-line bg-white">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Accounts with their role</caption>
          <thead className="border-b border-line bg-slate-50 text-xs uppercase tracking-wide text-muted">
            <tr>
              <th scope="col" className="px-3 py-2">
                Name
              </th>
              <th scope="col" className="px-3 py-2">
                Email
              </th>
              <th scope="col" className="px-3 py-2">
                Role
              </th>
              <th scope="col" className="px-3 py-2">
                History
              </th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id} className="border-b border-line last:border-0">
                <th scope="row" className="px-3 py-2 font-medium">
                  {u.name}
                </th>
                <td className="px-3 py-2">{u.email}</td>
                <td className="px-3 py-2">
                  {u.id === actor.id ? (
                    <span>{u.role} (you)</span>
                  ) : (
                    <RoleSelect userId={u.id} role={isRole(u.role) ? u.role : "viewer"} label={`Role of ${u.email}`} />
                  )}
                </td>
                <td className="px-3 py-2">
                  <Link
                    href={`/admin/audit?userId=${encodeURIComponent(u.id)}`}
                    className="text-accent hover:underline"
                  >
                    Their writes
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Section title="New account" id="new-account">
        <CreateUserForm />
      </Section>
    </div>
  );
}
