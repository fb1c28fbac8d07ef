import type { CountryDetailJson } from "@/lib/countries/schema";
import { STATUSES } from "@/lib/status/rules";
import { Fact, Facts } from "../records/facts";
import { RecordLink } from "../records/record-link";
import { StatusBadge } from "../status-badge";
import { EmptyState } from "../ui/empty-state";
import { PageHeader } from "../ui/page-header";
import { Section } from "../ui/section";
import { TableFrame } from "../ui/table-frame";

const NUMBER = "px-3 py-2 text-right tabular-nums";
const HEAD = "px-3 py-2 text-right";

/** Its commitments by status and role: what it gave, received, and agreed mutually. */
function RoleCounts({ country, asOf }: { country: CountryDetailJson; asOf: string | undefined }) {
  const { asGiver, asReceiver, asParty, byStatus, total } = country.counts.commitments;
  return (
    <div className="overflow-x-auto rounded border border-line bg-white">
      <table className="w-full text-left text-sm tabular-nums">
        <caption className="px-3 py-2 text-left text-sm text-muted">
          Commitments of {country.name} by status{asOf ? " on the as-of day" : ""}: made to another side (giver), made
          to it (receiver), or mutual (a party).
        </caption>
        <thead className="border-y border-line bg-slate-50 text-xs uppercase tracking-wide text-muted">
          <tr>
            <th scope="col" className="px-3 py-2">
              Status
            </th>
            <th scope="col" className={HEAD}>
              Given
            </th>
            <th scope="col" className={HEAD}>
              Received
            </th>
            <th scope="col" className={HEAD}>
              Mutual
            </th>
            <th scope="col" className={HEAD}>
              All
            </th>
          </tr>
        </thead>
        <tbody>
          {STATUSES.map((s) => (
            <tr key={s} className={`border-b border-line ${byStatus[s] === 0 ? "text-muted" : ""}`}>
              <th scope="row" className="px-3 py-2 font-normal">
                <StatusBadge status={s} />
              </th>
              <td className={NUMBER}>{asGiver.byStatus[s]}</td>
              <td className={NUMBER}>{asReceiver.byStatus[s]}</td>
              <td className={NUMBER}>{asParty.byStatus[s]}</td>
              <td className={NUMBER}>{byStatus[s]}</td>
            </tr>
          ))}
        </tbody>
        <tfoot className="font-semibold">
          <tr>
            <th scope="row" className="px-3 py-2">
              All commitments
            </th>
            <td className={NUMBER}>{asGiver.total}</td>
            <td className={NUMBER}>{asReceiver.total}</td>
            <td className={NUMBER}>{asParty.total}</td>
            <td className={NUMBER} data-testid="country-total">
              {total}
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

function Partners({ country, asOf }: { country: CountryDetailJson; asOf: string | undefined }) {
  if (country.partners.length === 0)
    return <EmptyState>No commitment, event or document with another country recorded.</EmptyState>;
  return (
    <TableFrame
      caption={`The countries ${country.name} has commitments, events or documents with, the busiest first`}
      head={
        <>
          <th scope="col" className="px-3 py-2">
            Partner
          </th>
          <th scope="col" className={HEAD}>
            Given to it
          </th>
          <th scope="col" className={HEAD}>
            Received from it
          </th>
          <th scope="col" className={HEAD}>
            Mutual
          </th>
          <th scope="col" className={HEAD}>
            Events
          </th>
          <th scope="col" className={HEAD}>
            Documents
          </th>
        </>
      }
    >
      {country.partners.map((p) => (
        <tr key={p.code} className="border-b border-line last:border-0">
          <th scope="row" className="px-3 py-2 font-normal">
            <RecordLink href={`/countries/${country.code}-${p.code}`} asOf={asOf} className="font-medium">
              {p.name}
            </RecordLink>
          </th>
          <td className={NUMBER}>{p.commitments.given}</td>
          <td className={NUMBER}>{p.commitments.received}</td>
          <td className={NUMBER}>{p.commitments.mutual}</td>
          <td className={NUMBER}>{p.events}</td>
          <td className={NUMBER}>{p.documents}</td>
        </tr>
      ))}
    </TableFrame>
  );
}

/** /countries/VN: what one country has on record, and with whom. */
export function CountryDetail({ country, asOf }: { country: CountryDetailJson; asOf: string | undefined }) {
  const { counts, code } = country;
  const list = (path: string, n: number, one: string, many: string) =>
    n > 0 ? (
      <RecordLink href={`/${path}?country=${code}`} asOf={asOf}>
        {n} {n === 1 ? one : many}
      </RecordLink>
    ) : (
      <span className="text-muted">None</span>
    );
  return (
    <article className="space-y-8">
      <PageHeader eyebrow={`Country · ${code}`} title={country.name}>
        {country.nameFr && country.nameFr !== country.name ? <span lang="fr">{country.nameFr}. </span> : null}
        {counts.commitments.total + counts.events.total + counts.documents === 0
          ? `Nothing is recorded about ${country.name} yet${asOf ? " on the as-of day" : ""}.`
          : `${counts.commitments.total} commitments with ${counts.partners} partner ${counts.partners === 1 ? "country" : "countries"}.`}
      </PageHeader>

      <Facts label="Records">
        <Fact label="Commitments">{list("commitments", counts.commitments.total, "commitment", "commitments")}</Fact>
        <Fact label="Events">
          {list("events", counts.events.total, "event", "events")}
          {counts.events.total > 0 ? (
            <span className="text-muted">
              {" "}
              ({counts.events.hosted} hosted, {counts.events.visiting} as the visitor)
            </span>
          ) : null}
        </Fact>
        <Fact label="Documents">
          {list("documents", counts.documents, "document it is a party to", "documents it is a party to")}
        </Fact>
        <Fact label="Organizations">
          {list("organizations", counts.organizations, "organization", "organizations")}
        </Fact>
        <Fact label="Member of">
          {counts.memberships > 0 ? (
            `${counts.memberships} international or bilateral ${counts.memberships === 1 ? "body" : "bodies"}`
          ) : (
            <span className="text-muted">None recorded</span>
          )}
        </Fact>
        <Fact label="People">{list("people", counts.people, "person", "people")}</Fact>
      </Facts>

      <Section title="Commitments by status" id="counts">
        <RoleCounts country={country} asOf={asOf} />
      </Section>

      <Section title={`Partners (${counts.partners})`} id="partners">
        <Partners country={country} asOf={asOf} />
      </Section>
    </article>
  );
}
