import Link from "next/link";
import type { Actor } from "@/lib/auth/roles";
import type { CommitmentJson } from "@/lib/commitments/serialize";
import { formatDateJson } from "@/lib/format/values";
import { evidenceSources } from "@/lib/status/queries";
import { STATUS_LABELS, isStatus } from "@/lib/status/rules";
import { Section } from "../ui/section";
import { StatusChangeForm } from "./status-change-form";

/** The editor's part of a commitment page: the status form, and the record's audit trail for admins. */
export async function StatusEditor({ commitment: c, actor }: { commitment: CommitmentJson; actor: Actor }) {
  const sources = await evidenceSources(c.id, c.eventId);
  const history = [...c.statusHistory].reverse().map((s) => ({
    id: s.id,
    label: `${formatDateJson(s.effective)}: ${isStatus(s.to) ? STATUS_LABELS[s.to] : s.to}${s.note ? ` — ${s.note.slice(0, 60)}` : ""}`,
  }));
  return (
    <Section title="Change the status" id="change-status">
      <StatusChangeForm
        commitmentId={c.id}
        version={c.version}
        status={c.status}
        isAdmin={actor.role === "admin"}
        sources={sources}
        history={history}
      />
      <Link href={`/commitments/${encodeURIComponent(c.id)}/edit`} className="mr-4 text-sm text-accent hover:underline">
        Edit this commitment&apos;s details
      </Link>
      {actor.role === "admin" ? (
        <Link
          href={`/admin/audit?entityType=commitment&entityId=${encodeURIComponent(c.id)}`}
          className="text-sm text-accent hover:underline"
        >
          Every write to this commitment (audit log)
        </Link>
      ) : null}
    </Section>
  );
}
