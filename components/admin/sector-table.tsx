"use client";

import Link from "next/link";
import { Fragment, useRef, useState } from "react";
import type { SectorJson } from "@/lib/sectors/schema";
import { FormAlert } from "../forms/fields";
import { EmptyState } from "../ui/empty-state";
import { TableFrame } from "../ui/table-frame";
import { SectorRenameForm } from "./sector-rename-form";

const CELL = "px-3 py-2";

/** Every sector with its count of commitments; each one renamed in place, one at a time. */
export function SectorTable({ sectors }: { sectors: SectorJson[] }) {
  const [editing, setEditing] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());

  if (!sectors.length) return <EmptyState>No sectors yet: create the first one below.</EmptyState>;

  const close = (code: string, done: string | null) => {
    setEditing(null);
    setMessage(done);
    // Back where the keyboard was before the form opened.
    requestAnimationFrame(() => buttons.current.get(code)?.focus());
  };

  return (
    <div className="space-y-3">
      <FormAlert message={message} tone="ok" />
      <TableFrame
        caption="Sectors, with the number of commitments filed under each"
        head={
          <>
            <th scope="col" className={CELL}>
              Name
            </th>
            <th scope="col" className={CELL}>
              French name
            </th>
            <th scope="col" className={CELL}>
              Code
            </th>
            <th scope="col" className={CELL}>
              DAC
            </th>
            <th scope="col" className={`${CELL} text-right`}>
              Commitments
            </th>
            <th scope="col" className={CELL}>
              <span className="sr-only">Actions</span>
            </th>
          </>
        }
      >
        {sectors.map((s) => (
          <Fragment key={s.code}>
            <tr className="border-b border-line last:border-0">
              <th scope="row" className={`${CELL} font-medium`}>
                {s.name}
              </th>
              <td className={CELL} lang="fr">
                {s.nameFr ?? <span className="text-muted">—</span>}
              </td>
              <td className={`${CELL} font-mono text-xs`}>{s.code}</td>
              <td className={`${CELL} tabular-nums`}>{s.dacCode ?? <span className="text-muted">—</span>}</td>
              <td className={`${CELL} text-right tabular-nums`}>
                {s.commitments ? (
                  <Link
                    href={`/commitments?sector=${encodeURIComponent(s.code)}`}
                    className="text-accent hover:underline"
                    aria-label={`${s.commitments === 1 ? "1 commitment" : `${s.commitments} commitments`} filed under ${s.name}`}
                  >
                    {s.commitments}
                  </Link>
                ) : (
                  "0"
                )}
              </td>
              <td className={CELL}>
                <button
                  type="button"
                  ref={(el) => {
                    if (el) buttons.current.set(s.code, el);
                    else buttons.current.delete(s.code);
                  }}
                  aria-expanded={editing === s.code}
                  aria-label={`Rename ${s.name}`}
                  onClick={() => {
                    setMessage(null);
                    setEditing(editing === s.code ? null : s.code);
                  }}
                  className="text-accent hover:underline"
                >
                  Rename
                </button>
              </td>
            </tr>
            {editing === s.code ? (
              <tr className="border-b border-line bg-slate-50">
                <td colSpan={6} className={CELL}>
                  <SectorRenameForm sector={s} onDone={(done) => close(s.code, done)} />
                </td>
              </tr>
            ) : null}
          </Fragment>
        ))}
      </TableFrame>
    </div>
  );
}
