import { CommitmentList, type CommitmentItem } from "./commitment-list";
import { MoreNote } from "./more-note";

/** A person's or an organization's commitments, both ways, each list capped with its full count. */
export function GivenReceived({
  name,
  given,
  givenCount,
  received,
  receivedCount,
  asOf,
  who,
}: {
  name: string;
  given: readonly CommitmentItem[];
  givenCount: number;
  received: readonly CommitmentItem[];
  receivedCount: number;
  asOf: string | undefined;
  who: "them" | "this organization";
}) {
  return (
    <>
      <h3 className="font-semibold">Given ({givenCount})</h3>
      <CommitmentList
        commitments={given}
        asOf={asOf}
        caption={`Commitments given by ${name}`}
        empty={`None recorded as given by ${who}.`}
      />
      <MoreNote shown={given.length} total={givenCount} what="commitments given" />
      <h3 className="pt-2 font-semibold">Received ({receivedCount})</h3>
      <CommitmentList
        commitments={received}
        asOf={asOf}
        caption={`Commitments made to ${name}`}
        empty={`None recorded as made to ${who}.`}
      />
      <MoreNote shown={received.length} total={receivedCount} what="commitments received" />
    </>
  );
}
