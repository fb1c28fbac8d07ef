import { createHmac } from "node:crypto";
import { startReceiver } from "../helpers/webhook-receiver";
import { ACCOUNTS, expect, test } from "./fixtures";

// Runs in the "edit" project: an admin subscribes a receiver on localhost, sees the secret once,
// pings it, watches the delivery arrive in the list, then pauses the subscription.

test("an admin creates a webhook, sees it listed with its secret once, pings it and pauses it", async ({
  page,
  logIn,
  expectNoAxeViolations,
}) => {
  const receiver = await startReceiver(() => 204);
  try {
    await logIn("/admin/webhooks", { as: ACCOUNTS.admin });
    await expect(page.getByRole("heading", { level: 1, name: "Webhooks" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Webhooks" })).toBeVisible();
    await expectNoAxeViolations();

    const form = page.getByRole("form", { name: "New webhook" });
    await form.getByLabel("Address to POST to").fill("ftp://example.org/hook");
    await form.getByRole("button", { name: "Create the webhook" }).click();
    await expect(form.getByText("Enter an http:// or https:// address")).toBeVisible();
    await form.getByLabel("Address to POST to").fill(receiver.url);
    // By keyboard: the second event unticked with the space bar.
    await form.getByRole("checkbox", { name: "New commitments" }).focus();
    await page.keyboard.press("Space");
    await expect(form.getByRole("checkbox", { name: "New commitments" })).not.toBeChecked();
    await form.getByRole("button", { name: "Create the webhook" }).click();

    await expect(form.getByRole("status")).toContainText(`Created the webhook to ${receiver.url}`);
    const secret = (await form.getByTestId("webhook-secret").textContent())!;
    expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    const item = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: receiver.url }) });
    await expect(item).toContainText("Active · Status changes ·");
    await expect(item).toContainText("Nothing sent yet");
    await expectNoAxeViolations();

    await item.getByRole("button", { name: `Send a test ping to ${receiver.url}` }).click();
    await expect(item.getByRole("status")).toContainText("Ping queued");
    await expect.poll(() => receiver.received.length).toBe(1);
    const ping = receiver.received[0]!;
    const [, t, v1] = /^t=(\d+),v1=([0-9a-f]+)$/.exec(String(ping.headers["pact-signature"]))!;
    expect(createHmac("sha256", secret).update(`${t}.${ping.body}`).digest("hex")).toBe(v1);

    // The delivery shows once the page is read again.
    await expect
      .poll(async () => {
        await page.reload();
        return item.getByRole("row").filter({ hasText: "ping" }).textContent();
      })
      .toMatch(/delivered.*1.*204/);
    await expect(item).toContainText("1 delivered, 0 pending, 0 failed");
    await item.getByRole("link", { name: `All deliveries to ${receiver.url}` }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Deliveries" })).toBeVisible();
    await expect(page.getByRole("row").filter({ hasText: "ping" })).toContainText("delivered");
    await expectNoAxeViolations();
    await page.getByRole("link", { name: "Back to the webhooks" }).click();

    await item.getByRole("button", { name: `Pause the webhook to ${receiver.url}` }).click();
    await expect(item.getByRole("status")).toContainText("Paused");
    await expect(item).toContainText("Paused · Status changes");
    await expect(item.getByRole("button", { name: `Send a test ping to ${receiver.url}` })).toBeDisabled();
    // The secret is not on the page once it is read again.
    await page.reload();
    await expect(page.getByText(secret)).toHaveCount(0);
  } finally {
    await receiver.close();
  }
});
