/** Display names of the vocabularies (English UI). */
export const KIND_LABELS: Record<string, string> = {
  pledge: "Pledge",
  request: "Request",
  proposal: "Proposal",
  agreement: "Agreement",
  // A wish or a willingness ("is ready to"): weaker than a proposal, which puts something on the table.
  intent: "Intent",
};

export function humanize(code: string): string {
  const text = code.replace(/_/g, " ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}
