/** The accounts the integration setup creates on its database, and so on every copy of it. */
export const TEST_USERS = {
  viewer: { email: "viewer@pact.test", password: "viewer-password-1" },
  editor: { email: "editor@pact.test", password: "editor-password-1" },
  editor2: { email: "editor2@pact.test", password: "editor2-password-1" },
  admin: { email: "admin@pact.test", password: "admin-password-12" },
} as const;
