import { expect, test } from "./fixtures";

const VISIT = "/events/hung-visit-cambodia-2019-03";
const TRONG = "/events/trong-visit-cambodia-2019";
const PLAN = "/documents/mic-moi-cooperation-plan-2019";

test("the events timeline nests the two sub-events under the visit and flags the Trong visit", async ({ page }) => {
  await page.goto("/events");
  await expect(page.getByRole("heading", { level: 1, name: "Events" })).toBeVisible();
  const visit = page
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { level: 3, name: "Visit of Minister Nguyen Manh Hung to Cambodia" }) });
  await expect(visit.getByText("13–16 March 2019").first()).toBeVisible();
  // The sub-events sit inside the visit's item, one heading level down.
  await expect(visit.getByRole("heading", { level: 4 })).toHaveText([
    "Prime Minister Hun Sen receives Minister Nguyen Manh Hung",
    "Talks between Ministers Nguyen Manh Hung and Khieu Kanharith",
  ]);
  const trong = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: /Nguyen Phu Trong/ }) });
  await expect(trong).toContainText("1 flag");
});

test("the events list filters by kind through the URL and keeps a bad value from failing the page", async ({
  page,
}) => {
  await page.goto("/events");
  await page.getByLabel("Kind").selectOption("reception");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/kind=reception/);
  await expect(page.getByRole("heading", { level: 3 })).toHaveText([
    "Prime Minister Hun Sen receives Minister Nguyen Manh Hung",
  ]);

  await page.goto("/events?kind=parade");
  await expect(page.getByRole("note")).toContainText("kind");
  await expect(page.getByRole("heading", { level: 3 })).toHaveCount(2);
});

test("the events list searches, filters by dates and sorts through the URL, keeping the as-of day", async ({
  page,
}) => {
  await page.goto("/events?asOf=2019-12-31");
  await page.getByRole("searchbox", { name: "Search" }).fill("reception");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/q=reception/);
  await expect(page).toHaveURL(/asOf=2019-12-31/);
  // The reception's visit does not match, so the reception stands at the top level.
  await expect(page.getByRole("heading", { level: 3 })).toHaveText([
    "Prime Minister Hun Sen receives Minister Nguyen Manh Hung",
  ]);

  await page.goto("/events?from=2019-03-20&sort=-start");
  await expect(page.getByLabel("Sort by")).toHaveValue("-start");
  await expect(page.getByRole("heading", { level: 3 })).toHaveText([/Nguyen Phu Trong/]);
  await page.goto("/events?sort=-start");
  await expect(page.getByRole("heading", { level: 3 })).toHaveText([
    /Nguyen Phu Trong/,
    "Visit of Minister Nguyen Manh Hung to Cambodia",
  ]);
});

test("organizations and people are found by another name", async ({ page }) => {
  await page.goto("/organizations");
  await page.getByRole("searchbox", { name: "Search" }).fill("Metfone");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByRole("table").getByRole("link")).toHaveText(["Viettel Group"]);
  await page.goto("/people?q=Samdech");
  await expect(page.getByRole("table").getByRole("link")).toHaveText(["Hun Sen"]);
});

test("the visit's page shows its sub-events, participants with roles and positions, both documents and the compare link", async ({
  page,
}) => {
  await page.goto(VISIT);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Visit of Minister Nguyen Manh Hung to Cambodia");
  await expect(page).toHaveTitle("Visit of Minister Nguyen Manh Hung to Cambodia · Pact");

  const subEvents = page.getByRole("region", { name: "Sub-events" });
  await expect(subEvents.getByRole("link")).toHaveText([
    "Prime Minister Hun Sen receives Minister Nguyen Manh Hung",
    "Talks between Ministers Nguyen Manh Hung and Khieu Kanharith",
  ]);

  const participants = page.getByRole("table", { name: "Participants and their role in the event" });
  await expect(participants.getByRole("row", { name: /Delegation head/ })).toContainText(
    "Nguyen Manh Hung — Minister of Information and Communications (Vietnam)",
  );
  await expect(participants.getByRole("row", { name: /Host/ })).toContainText("Ministry of Information (Cambodia)");

  const outcomes = page.getByRole("region", { name: "What came out of it" });
  await expect(outcomes.getByRole("link", { name: /^2019 (Cooperation Plan|Action Programme)/ })).toHaveCount(2);
  // The pledges made at the reception and the talks count as the visit's outcomes.
  await expect(outcomes.getByRole("table", { name: /Commitments made at/ }).getByRole("row")).toHaveCount(10);

  await expect(page.getByRole("link", { name: "Compare the reports" })).toHaveAttribute(
    "href",
    "/sources/compare?event=hung-visit-cambodia-2019-03",
  );
  await expect(page.locator('section[aria-labelledby="citations-heading"] blockquote[lang="fr"]')).toHaveCount(1);

  await subEvents.getByRole("link", { name: "Prime Minister Hun Sen receives Minister Nguyen Manh Hung" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Prime Minister Hun Sen receives Minister Nguyen Manh Hung",
  );
  await expect(
    page
      .getByRole("region", { name: "Event facts" })
      .getByRole("link", { name: "Visit of Minister Nguyen Manh Hung to Cambodia" }),
  ).toBeVisible();
  await expect(page.getByRole("row", { name: /National cyber information safety monitoring centre/ })).toContainText(
    "Announced",
  );
});

test("the Trong visit shows its inconsistent date as a flag, with the quote it rests on", async ({ page }) => {
  await page.goto(TRONG);
  const flags = page.getByRole("region", { name: "Check before citing" });
  await expect(flags).toContainText("Inconsistent · Date");
  await expect(flags).toContainText('dates this earlier visit "March 25-26"');
  await expect(flags.locator("blockquote")).toContainText("March 25-26");
  await expect(page.getByRole("link", { name: "Compare the reports" })).toHaveCount(0);
});

test("a document shows both signatories with their positions, its parties, validity and event", async ({ page }) => {
  await page.goto("/documents");
  await page.getByRole("link", { name: /^2019 Cooperation Plan/ }).click();
  await expect(page).toHaveURL(new RegExp(`${PLAN}$`));
  const signatories = page.getByRole("region", { name: "Signatories" });
  await expect(signatories.getByRole("listitem")).toHaveText([
    /Nguyen Manh Hung — Minister of Information and Communications \(Vietnam\)/,
    /Khieu Kanharith — Minister of Information \(Cambodia\)/,
  ]);
  const facts = page.getByRole("region", { name: "Document facts" });
  await expect(facts.getByRole("definition").filter({ hasText: "known to the" })).toHaveText(
    "March 2019 (known to the month)",
  );
  await expect(facts).toContainText("Valid2019");
  await expect(facts.getByRole("link", { name: "Visit of Minister Nguyen Manh Hung to Cambodia" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Parties" })).toContainText("Cambodia — Ministry of Information");
});

test("Viettel's page lists the Metfone alias with its note, and the flag naming both", async ({ page }) => {
  await page.goto("/organizations");
  await page.getByRole("link", { name: "Viettel Group" }).click();
  const aliases = page.getByRole("region", { name: "Other names" });
  await expect(aliases.getByRole("listitem").filter({ hasText: "Metfone" })).toContainText(
    "Viettel's brand in Cambodia",
  );
  await expect(aliases.locator('[lang="fr"]')).toHaveText("groupe vietnamien Viettel");
  await expect(page.getByRole("region", { name: "Check before citing" })).toContainText("names Metfone");
});

test("Nguyen Xuan Phuc's page shows the cyber centre he gave, and the ministry's page its parent and pledges", async ({
  page,
}) => {
  await page.goto("/people/nguyen-xuan-phuc");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nguyen Xuan Phuc");
  const given = page.getByRole("table", { name: "Commitments given by Nguyen Xuan Phuc" });
  await expect(
    given.getByRole("row", { name: /National cyber information safety monitoring centre for Cambodia/ }),
  ).toContainText("Announced");
  await expect(page.getByRole("region", { name: "Flags on their commitments" })).toContainText("USD 5 million");

  await page.goto("/organizations/vn-mic");
  await expect(
    page.getByRole("region", { name: "Organization facts" }).getByRole("link", { name: "Government of Vietnam" }),
  ).toBeVisible();
  await expect(page.getByRole("heading", { name: "Given (8)" })).toBeVisible();
});

test("the VN-KH pair page counts the nine commitments by status and direction", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Countries" }).click();
  await expect(page).toHaveURL(/\/countries$/);
  await page.getByRole("link", { name: "Vietnam ↔ Cambodia" }).click();
  await expect(page).toHaveURL(/\/countries\/VN-KH$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vietnam ↔ Cambodia");
  // Eight made by Vietnam, and one the two ministries agreed together: counted once, as mutual.
  await expect(page.getByTestId("total-a-to-b")).toHaveText("8");
  await expect(page.getByTestId("total-b-to-a")).toHaveText("0");
  await expect(page.getByTestId("total-mutual")).toHaveText("1");
  await expect(page.getByTestId("total-both")).toHaveText("9");
  await expect(page.getByRole("row", { name: /^Announced/ })).toHaveText(/Announced\s*8\s*0\s*0\s*8/);
  await expect(page.getByRole("row", { name: /^Agreed/ })).toHaveText(/Agreed\s*0\s*0\s*1\s*1/);
  await expect(page.getByRole("table", { name: "Commitments from Vietnam to Cambodia" }).getByRole("link")).toHaveCount(
    8,
  );
  await expect(
    page.getByRole("table", { name: "Mutual commitments between Vietnam and Cambodia" }).getByRole("link"),
  ).toHaveText(["More news stories about both countries in Vietnamese and Cambodian media"]);
  await page.getByRole("link", { name: "National cyber information safety monitoring centre for Cambodia" }).click();
  await expect(page).toHaveURL(/\/commitments\/cyber-monitoring-centre$/);
});

test("bad country pairs and unknown records answer 404", async ({ page }) => {
  for (const path of [
    "/countries/VN-VN",
    "/countries/VN-XX",
    "/countries/VNKH",
    "/events/no-such-event",
    "/documents/no-such-document",
    "/people/no-such-person",
    "/organizations/no-such-organization",
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
  }
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
});

test("as of 1 January 2019 the March visit is hidden everywhere, and links keep the day", async ({ page }) => {
  await page.goto("/events?asOf=2019-01-01");
  await expect(page.getByText("as of 1 January 2019")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Visit of Minister Nguyen Manh Hung to Cambodia" })).toHaveCount(0);
  await expect(page.getByText("No events known on this day.")).toBeVisible();
  await page.goto("/documents?asOf=2019-01-01");
  await expect(page.getByText("No documents known on this day.")).toBeVisible();

  await page.goto(`${VISIT}?asOf=2019-01-01`);
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();

  await page.goto("/countries/VN-KH?asOf=2019-01-01");
  await expect(page.getByTestId("total-both")).toHaveText("0");

  // On the day itself the visit is there, and every record link carries the day on.
  await page.goto(`${VISIT}?asOf=2019-03-14`);
  const link = page.getByRole("link", { name: "Nguyen Manh Hung", exact: true });
  await expect(link).toHaveAttribute("href", "/people/nguyen-manh-hung?asOf=2019-03-14");
  await expect(page.getByRole("columnheader", { name: "Status on 14 March 2019" })).toBeVisible();
});

for (const path of [
  "/events",
  VISIT,
  TRONG,
  "/documents",
  PLAN,
  "/people",
  "/people/nguyen-xuan-phuc",
  "/organizations",
  "/organizations/viettel",
  "/countries",
  "/countries/VN-KH",
  "/countries/FR-SN",
  "/countries/VN",
]) {
  test(`${path} has no axe violations`, async ({ page, expectNoAxeViolations }) => {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
    await expectNoAxeViolations();
  });
}
