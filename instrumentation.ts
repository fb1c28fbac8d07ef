// Runs once when the server starts. The assistant's country names are built then, in the
// background, rather than during the first editor's request (see warmExtraction); and the
// webhook dispatcher starts sending what is queued, including what an earlier run left.
export function register(): void {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  setTimeout(() => {
    import("./lib/ingest/queries")
      .then(({ warmExtraction }) => warmExtraction())
      .catch((error: unknown) => console.error("pact: could not prepare the extraction assistant", error));
    // Not while `next build` prerenders pages: there is nothing to send then, nor perhaps a database.
    if (process.env.NEXT_PHASE === "phase-production-build") return;
    import("./lib/webhooks/dispatcher")
      .then(({ startWebhookDispatcher }) => startWebhookDispatcher())
      .catch((error: unknown) => console.error("pact: could not start the webhook dispatcher", error));
  }, 0);
}
