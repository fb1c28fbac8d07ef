// Runs once when the server starts. The assistant's country names are built then, in the
// background, rather than during the first editor's request (see warmExtraction).
export function register(): void {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  setTimeout(() => {
    import("./lib/ingest/queries")
      .then(({ warmExtraction }) => warmExtraction())
      .catch((error: unknown) => console.error("pact: could not prepare the extraction assistant", error));
  }, 0);
}
