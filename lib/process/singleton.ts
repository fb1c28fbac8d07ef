/**
 * The one value of the process under `key`, created by the first caller.
 *
 * Next bundles route handlers, pages and server actions apart, each with its own copy of every
 * module (and development reloads modules without restarting the process), so a module-level
 * value exists once per copy. State that must be shared — the database connection, what a write
 * invalidates, the login limits, the session cache — lives on globalThis instead, under a
 * registered symbol that every copy of this module finds.
 *
 * Each key belongs to one module, which alone knows its type.
 */
export function processSingleton<T>(key: string, create: () => T): T {
  const slots = globalThis as unknown as Record<symbol, T | undefined>;
  return (slots[Symbol.for(`pact.${key}`)] ??= create());
}
