"use client";

import { useEffect, useState } from "react";
import { SelectField } from "../forms/fields";

type Position = {
  id: string;
  title: string;
  organization: { name: string } | null;
  from: { date: string } | null;
  to: { date: string } | null;
};

const labelOf = (p: Position) =>
  `${p.title}${p.organization ? `, ${p.organization.name}` : ""}${p.from || p.to ? ` (${p.from?.date ?? "…"}–${p.to?.date ?? ""})` : ""}`;

/** The positions the chosen person held, read from the API once the person is picked. */
export function PositionSelect({
  label,
  personId,
  value,
  onChange,
  error,
}: {
  label: string;
  personId: string | undefined;
  value: string;
  onChange: (value: string) => void;
  error?: string;
}) {
  const [loaded, setLoaded] = useState<{ personId: string; positions: Position[] } | null>(null);

  useEffect(() => {
    if (!personId) return;
    let live = true;
    fetch(`/api/v1/people/${encodeURIComponent(personId)}`)
      .then((r) => (r.ok ? (r.json() as Promise<{ positions: Position[] }>) : { positions: [] }))
      .then((body) => {
        if (live) setLoaded({ personId, positions: body.positions });
      })
      .catch(() => {
        if (live) setLoaded({ personId, positions: [] });
      });
    return () => {
      live = false;
    };
  }, [personId]);

  // Positions loaded for an earlier pick are not offered for this one.
  const positions = loaded && loaded.personId === personId ? loaded.positions : [];
  const hint = !personId
    ? "Pick the person first."
    : loaded?.personId !== personId
      ? "Loading their positions…"
      : positions.length
        ? undefined
        : "No position recorded for this person.";
  return (
    <SelectField
      label={label}
      optional
      value={value}
      placeholder="Not stated"
      hint={hint}
      options={positions.map((p) => ({ value: p.id, label: labelOf(p) }))}
      onChange={onChange}
      error={error}
    />
  );
}
