import { expect, test } from "./fixtures";

// Each page offers its feed twice: to feed readers in the head (rel="alternate"), and to people
// as a visible link whose name says what it follows. Both carry the page's filter.

test("the commitments list offers the feed of exactly its filter, in the head and as a link", async ({
  page,
  request,
  expectNoAxeViolations,
}) => {
  await page.goto("/commitments?kind=pledge&sector=cybersecurity&sort=-title");
  const alternate = page.locator('head link[rel="alternate"][type="application/atom+xml"]').first();
  await expect(alternate).toHaveAttribute("href", "/feeds/commitments.atom?kind=pledge&sector=cybersecurity");
  const link = page.getByRole("link", { name: /^Feed \(Atom\): status changes of these commitments$/ });
  await expect(link).toBeVisible();
  await expect(link).toHaveAttribute("href", "/feeds/commitments.atom?kind=pledge&sector=cybersecurity");
  const feed = await request.get((await link.getAttribute("href"))!);
  expect(feed.status()).toBe(200);
  expect(feed.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
  await expectNoAxeViolations();
});

test("a commitment, a pair and the overview each offer their feed", async ({ page }) => {
  for (const [path, href] of [
    ["/commitments/cyber-monitoring-centre", "/feeds/commitments/cyber-monitoring-centre.atom"],
    ["/countries/VN-KH", "/feeds/pairs/VN-KH.atom"],
    ["/", "/feeds/status-changes.atom"],
    ["/?pair=VN-KH", "/feeds/pairs/VN-KH.atom"],
  ] as const) {
    await page.goto(path);
    await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]').first()).toHaveAttribute(
      "href",
      href,
    );
    await expect(page.getByRole("link", { name: /^Feed \(Atom\): / })).toHaveAttribute("href", href);
  }
});
