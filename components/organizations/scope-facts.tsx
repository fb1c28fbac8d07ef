import type { OrganizationView } from "@/lib/organizations/queries";
import { Fact } from "../records/facts";
import { RecordLink } from "../records/record-link";

type Country = { code: string; name: string };

// A member links to the organizations of its country (its own and the bodies it belongs to)
// until countries have pages of their own.
const countryHref = (c: Country) => `/organizations?country=${encodeURIComponent(c.code)}`;

function CountryLink({ country, asOf }: { country: Country; asOf: string | undefined }) {
  return (
    <RecordLink href={countryHref(country)} asOf={asOf}>
      {country.name}
    </RecordLink>
  );
}

/** Whose the organization is: its country, the two countries of a bilateral body, or a body's members. */
export function ScopeFacts({
  organization: o,
  asOf,
}: {
  organization: Pick<OrganizationView, "scope" | "country" | "members">;
  asOf: string | undefined;
}) {
  if (o.scope === "national" || o.country) {
    return <Fact label="Country">{o.country ? <CountryLink country={o.country} asOf={asOf} /> : "—"}</Fact>;
  }
  if (o.scope === "bilateral" && o.members.length === 2) {
    const [a, b] = o.members as [Country, Country];
    return (
      <Fact label="Between">
        <CountryLink country={a} asOf={asOf} /> and <CountryLink country={b} asOf={asOf} />{" "}
        <span className="text-sm text-muted">
          (
          <RecordLink href={`/countries/${a.code}-${b.code}`} asOf={asOf}>
            everything between {a.name} and {b.name}
          </RecordLink>
          )
        </span>
      </Fact>
    );
  }
  return (
    <Fact label="Member countries">
      {o.members.length ? (
        <ul className="flex flex-wrap gap-x-3 gap-y-1">
          {o.members.map((c) => (
            <li key={c.code}>
              <CountryLink country={c} asOf={asOf} />
            </li>
          ))}
        </ul>
      ) : (
        <span className="text-muted">Not listed</span>
      )}
    </Fact>
  );
}
