import { EmptyState } from "../ui/empty-state";

export interface AliasView {
  id: string;
  alias: string;
  language: string | null;
  note?: string | null;
}

const LANGUAGES: Record<string, string> = { en: "English", fr: "French", vi: "Vietnamese", km: "Khmer" };

/**
 * The other names a record goes by in the sources, each marked with its language (so a screen
 * reader pronounces "Nguyễn Mạnh Hùng" as Vietnamese) and any note on what the name stands for.
 */
export function AliasList({ aliases }: { aliases: readonly AliasView[] }) {
  if (aliases.length === 0) return <EmptyState>No other names recorded.</EmptyState>;
  return (
    <ul className="divide-y divide-line rounded border border-line bg-white">
      {aliases.map((a) => (
        <li key={a.id} className="px-4 py-2">
          <span lang={a.language ?? undefined} className="font-medium">
            {a.alias}
          </span>
          <span className="text-sm text-muted">
            {" "}
            · {a.language ? (LANGUAGES[a.language] ?? a.language) : "any language"}
          </span>
          {a.note ? <p className="text-sm">{a.note}</p> : null}
        </li>
      ))}
    </ul>
  );
}
