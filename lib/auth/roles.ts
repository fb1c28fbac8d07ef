/** Viewers read (when reading needs an account); editors also write; admins also manage users and reopen. */
export const ROLES = ["viewer", "editor", "admin"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = { viewer: "Viewer", editor: "Editor", admin: "Admin" };

const RANK: Record<Role, number> = { viewer: 0, editor: 1, admin: 2 };

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

/** Whether a role includes what another grants (an admin can do what an editor can). */
export function hasRole(role: Role, required: Role): boolean {
  return RANK[role] >= RANK[required];
}

export interface Actor {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** Set when the caller authenticated with a personal API token rather than a session. */
  tokenId?: string;
}
