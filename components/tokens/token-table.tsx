import type { TokenRow } from "@/lib/tokens/queries";
import { TOKEN_SCOPE_LABELS } from "@/lib/tokens/schema";
import { EmptyState } from "../ui/empty-state";
import { TableFrame } from "../ui/table-frame";
import { RevokeTokenButton } from "./revoke-token-button";

const utc = (at: Date) => at.toISOString().replace("T", " ").slice(0, 16);

function state(token: TokenRow, now: Date): string {
  if (token.revokedAt) return `Revoked ${utc(token.revokedAt)}`;
  if (token.expiresAt && token.expiresAt <= now) return "Expired";
  return "Active";
}

export function TokenTable({ tokens, now = new Date() }: { tokens: TokenRow[]; now?: Date }) {
  if (!tokens.length) return <EmptyState>You have no tokens yet. Make one above for each script or tool.</EmptyState>;
  return (
    <TableFrame
      caption="Your API tokens, newest first"
      head={
        <>
          {["Name", "Scope", "Starts with", "Made (UTC)", "Last day", "Last used (UTC)", "State", ""].map(
            (label, i) => (
              <th key={i} scope="col" className="px-3 py-2">
                {label || <span className="sr-only">Revoke</span>}
              </th>
            ),
          )}
        </>
      }
    >
      {tokens.map((t) => {
        const live = state(t, now) === "Active";
        return (
          <tr key={t.id} className="border-b border-line align-top last:border-0">
            <th scope="row" className="px-3 py-2 font-medium">
              {t.name}
            </th>
            <td className="px-3 py-2">{TOKEN_SCOPE_LABELS[t.scope]}</td>
            <td className="px-3 py-2 font-mono text-xs">{t.prefix}…</td>
            <td className="whitespace-nowrap px-3 py-2 tabular-nums">{utc(t.createdAt)}</td>
            <td className="whitespace-nowrap px-3 py-2 tabular-nums">
              {t.expiresAt ? t.expiresAt.toISOString().slice(0, 10) : "None"}
            </td>
            <td className="whitespace-nowrap px-3 py-2 tabular-nums">{t.lastUsedAt ? utc(t.lastUsedAt) : "Never"}</td>
            <td className="px-3 py-2">{state(t, now)}</td>
            <td className="px-3 py-2">{live ? <RevokeTokenButton tokenId={t.id} name={t.name} /> : null}</td>
          </tr>
        );
      })}
    </TableFrame>
  );
}
