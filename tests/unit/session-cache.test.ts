import { beforeEach, describe, expect, it } from "vitest";
import {
  cachedActor,
  cookieValue,
  forgetSessions,
  rememberActor,
  sessionGeneration,
  tokenOf,
  SESSION_CACHE_TTL_MS,
} from "@/lib/auth/session-cache";

const actor = { id: "u1", email: "e@pact.test", name: "E", role: "editor" as const };
const later = new Date(Date.UTC(2030, 0, 1));

describe("the session cache", () => {
  beforeEach(() => forgetSessions());

  it("answers for the exact cookie value it was given, and for no other", () => {
    rememberActor("token.sig", actor, later, sessionGeneration(), 1_000);
    expect(cachedActor("token.sig", 1_001)).toEqual(actor);
    expect(cachedActor("token.sig2", 1_001)).toBeNull();
    expect(cachedActor("token", 1_001)).toBeNull();
  });

  it("forgets an entry after the TTL, and no later than the session's own expiry", () => {
    rememberActor("a", actor, later, sessionGeneration(), 1_000);
    expect(cachedActor("a", 1_000 + SESSION_CACHE_TTL_MS - 1)).toEqual(actor);
    expect(cachedActor("a", 1_000 + SESSION_CACHE_TTL_MS)).toBeNull();
    rememberActor("b", actor, new Date(1_500), sessionGeneration(), 1_000);
    expect(cachedActor("b", 1_499)).toEqual(actor);
    expect(cachedActor("b", 1_500)).toBeNull();
  });

  it("is emptied by forgetSessions, and keeps nothing looked up before it", () => {
    const before = sessionGeneration();
    rememberActor("a", actor, later, before, 1_000);
    forgetSessions();
    expect(cachedActor("a", 1_001)).toBeNull();
    // A lookup that started before the logout or role change must not bring the old answer back.
    rememberActor("a", actor, later, before, 1_002);
    expect(cachedActor("a", 1_003)).toBeNull();
    rememberActor("a", actor, later, sessionGeneration(), 1_002);
    expect(cachedActor("a", 1_003)).toEqual(actor);
  });

  it("stays bounded, dropping the oldest entries", () => {
    for (let i = 0; i < 1_200; i++) rememberActor(`c${i}`, actor, later, sessionGeneration(), 1_000);
    expect(cachedActor("c0", 1_001)).toBeNull();
    expect(cachedActor("c1199", 1_001)).toEqual(actor);
  });

  it("reads the session cookie from the request's Cookie header, and the token inside its signed value", () => {
    const header = "theme=dark; better-auth.session_token=abc123.c2lnbmF0dXJl%2Bx%3D; other=1";
    const value = cookieValue(header, "better-auth.session_token");
    expect(value).toBe("abc123.c2lnbmF0dXJl%2Bx%3D");
    expect(tokenOf(value!)).toBe("abc123");
    expect(cookieValue(header, "session_token")).toBeUndefined();
    expect(cookieValue(null, "better-auth.session_token")).toBeUndefined();
    expect(tokenOf("%E0%A4%A")).toBe("%E0%A4%A");
  });
});
