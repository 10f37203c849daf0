import { randomBytes } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { answerAllViaApi, expectNoSeriousAxeViolations, startDiagnosticViaApi, startGenAiViaApi, tabTo } from "./support";

const PASSWORD = "tides under the old bridge";
const PHONE = { width: 390, height: 844 };
let sequence = 0;
const uniqueEmail = (label: string) => `${label}-${Date.now()}-${(sequence += 1)}@example.com`;

// A sign-up (a scrypt hash) and several page loads, on two busy cores.
test.describe.configure({ timeout: 120_000 });

/** A phone-sized browser with its own client address (sign-ups are rate-limited per address). */
async function newPhone(browser: Browser, width = PHONE.width) {
  return browser.newContext({
    viewport: { width, height: PHONE.height },
    extraHTTPHeaders: { "x-forwarded-for": `198.18.${[...randomBytes(2)].join(".")}` },
  });
}

/** How far the page is wider than the viewport (0 when nothing scrolls sideways), and what sticks out. */
async function horizontalOverflow(page: Page): Promise<{ excess: number; culprits: string[] }> {
  return page.evaluate(() => {
    const width = window.innerWidth;
    const culprits = [...document.querySelectorAll("body *")]
      .filter((el) => el.getBoundingClientRect().right > width + 0.5)
      // Inside a box that scrolls (or clips) within the viewport is fine: the box scrolls, not the page.
      .filter((el) => {
        for (let p = el.parentElement; p; p = p.parentElement) {
          if (getComputedStyle(p).overflowX !== "visible" && p.getBoundingClientRect().right <= width + 0.5) return false;
        }
        return true;
      })
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""} "${(el.textContent ?? "").trim().slice(0, 30)}" right=${Math.round(el.getBoundingClientRect().right)}`);
    return { excess: document.documentElement.scrollWidth - width, culprits };
  });
}

async function expectNoHorizontalOverflow(page: Page) {
  const { excess, culprits } = await horizontalOverflow(page);
  expect(culprits, `wider than the viewport on ${page.url()}`).toEqual([]);
  expect(excess, `page scrolls sideways on ${page.url()}`).toBeLessThanOrEqual(0);
}

test("signed-in pages of a consultant and owner never scroll sideways on a phone, from 390 down to 320 px", async ({ browser }) => {
  const context = await newPhone(browser);
  const page = await context.newPage();
  // A long practice name: the header used to wrap it onto three lines and push "Sign out" off-screen.
  const practiceName = `Meridian Advisory Partners International ${Date.now()}`;
  const email = uniqueEmail("phone-consultant");
  const signUp = await page.request.post("/api/account/sign-up", {
    data: { email, password: PASSWORD, organizationName: practiceName, industry: "other", sizeBand: "1-49", accountType: "practice" },
  });
  expect(signUp.status()).toBe(201);
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => url.pathname !== "/sign-in");

  // A client with a team round, and an invitation (the members and security-log tables then have rows).
  const client = await page.request.post("/api/clients", {
    headers: { Accept: "application/json" },
    data: { name: "Northwind Retail Holdings", industry: "retail", sizeBand: "1000-4999" },
  });
  expect(client.status()).toBe(201);
  const clientId = ((await client.json()) as { id: string }).id;
  const round = await page.request.post(`/api/organizations/${clientId}/rounds`, {
    headers: { Accept: "application/json" },
    data: { instrument: "convergence", kind: "team", title: "Spring check-in" },
  });
  expect(round.status()).toBe(201);
  const roundUrl = ((await round.json()) as { roundUrl: string }).roundUrl;
  await page.goto("/workspace/members");
  await page.getByRole("button", { name: "Create invite link" }).click();
  await expect(page.getByLabel("Invitation link")).toHaveValue(/\/join\//);

  const paths = ["/clients", `/clients/${clientId}`, roundUrl, "/workspace", "/workspace/members", "/workspace/audit"];
  for (const path of paths) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoHorizontalOverflow(page);
    // Where a table now scrolls in its own box, axe wants that box reachable by keyboard, and named.
    await expectNoSeriousAxeViolations(page);
  }
  // The header's controls are all on screen, the organisation's full name still reachable.
  await page.goto("/clients");
  const signOut = page.getByRole("banner").getByRole("button", { name: "Sign out" });
  const box = await signOut.boundingBox();
  expect(box && box.x + box.width).toBeLessThanOrEqual(PHONE.width);
  await expect(page.getByRole("banner").getByRole("link", { name: new RegExp(practiceName) })).toBeAttached();

  // The members table's Withdraw button can be reached and seen: the table scrolls in its own box.
  await page.goto("/workspace/members");
  const withdraw = page.getByRole("button", { name: /^Withdraw/ }).first();
  await tabTo(page, "button", "Withdraw", 60);
  await expect(withdraw).toBeFocused();
  await expect(withdraw).toBeInViewport();

  // The smallest phones too.
  await page.setViewportSize({ width: 320, height: PHONE.height });
  for (const path of paths) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoHorizontalOverflow(page);
  }
  await context.close();
});

/** Whether the current section's tab lies wholly inside its strip's visible box. */
async function currentTabIsVisibleInStrip(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const strip = document.querySelector('nav[aria-label="Sections"]');
    const tab = strip?.querySelector('[aria-current="step"]');
    if (!strip || !tab) return false;
    const s = strip.getBoundingClientRect();
    const t = tab.getBoundingClientRect();
    return t.left >= s.left - 0.5 && t.right <= s.right + 0.5;
  });
}

test("the current section's tab is scrolled into view in the section strip, without moving the page or focus", async ({ browser }) => {
  // Desktop width: GenAI's 14 tabs are far wider than the strip.
  const desktop = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await desktop.newPage();
  const id = await startGenAiViaApi(page.request);
  for (const step of [9, 14]) {
    await page.goto(`/genai/${id}?step=${step}`);
    await expect(page.getByRole("heading", { level: 2 })).toBeVisible();
    await expect.poll(() => currentTabIsVisibleInStrip(page)).toBe(true);
    // Opening a section does not scroll the page down to the strip, nor move focus.
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
  }
  // Moving on with Next: the new section's tab comes into view too.
  await page.goto(`/genai/${id}?step=9`);
  await expect.poll(() => currentTabIsVisibleInStrip(page)).toBe(true);
  for (let i = 0; i < 3; i += 1) {
    await page.getByRole("button", { name: /^Next/ }).click();
    await expect(page).toHaveURL(new RegExp(`step=${10 + i}`));
    await expect.poll(() => currentTabIsVisibleInStrip(page)).toBe(true);
    // Focus stays where the shell puts it: the new section's heading.
    await expect(page.getByRole("heading", { level: 2 })).toBeFocused();
  }
  await desktop.close();

  // On a phone the Convergence diagnostic's step 5 tab showed only "Peo".
  const phone = await newPhone(browser);
  const small = await phone.newPage();
  const diagnostic = await startDiagnosticViaApi(small.request);
  await small.goto(`/diagnostic/${diagnostic}?step=5`);
  await expect(small.getByRole("heading", { level: 2 })).toBeVisible();
  await expect.poll(() => currentTabIsVisibleInStrip(small)).toBe(true);
  await phone.close();
});

/**
 * Presses the keys as a quick typist does: every event is sent at once, without waiting for the page to
 * handle the one before (Playwright's keyboard waits for each, which would give a late focus move time
 * to happen). The page receives them in order, queued as real keystrokes are.
 */
async function typeAtOnce(page: Page, keys: string[]): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const eventsOf = (key: string) => {
    const code = key === " " ? "Space" : key === "Enter" ? "Enter" : /^[a-z]$/i.test(key) ? `Key${key.toUpperCase()}` : "";
    const text = key === "Enter" ? "\r" : key;
    const windowsVirtualKeyCode = key === " " ? 32 : key === "Enter" ? 13 : key.toUpperCase().charCodeAt(0);
    return [
      { type: "keyDown" as const, key, code, text, unmodifiedText: text, windowsVirtualKeyCode },
      { type: "keyUp" as const, key, code, windowsVirtualKeyCode },
    ];
  };
  await Promise.all(keys.flatMap(eventsOf).map((event) => cdp.send("Input.dispatchKeyEvent", event)));
  await cdp.detach();
}

test("a keyboard user who adds a tool and types at once has every character in the new row's name, and removing a row keeps focus in the worksheet", async ({ page }) => {
  const id = await startDiagnosticViaApi(page.request);
  await answerAllViaApi(page.request, id, () => 3);
  await page.goto(`/diagnostic/${id}/result`);
  const add = page.getByRole("button", { name: "Add a tool" });
  const names = page.getByLabel(/^Tool \d+$/);

  // Space on the button, then typing straight away.
  await add.focus();
  await typeAtOnce(page, [" ", ..."CRM suite"]);
  await expect(page.getByLabel("Tool 1", { exact: true })).toHaveValue("CRM suite");
  await expect(names).toHaveCount(1); // no space went to the button to add more rows

  // Enter does the same for the second row, spaces first.
  await add.focus();
  await typeAtOnce(page, ["Enter", ..."  Ads"]);
  await expect(page.getByLabel("Tool 2", { exact: true })).toHaveValue("  Ads");
  await expect(names).toHaveCount(2);
  await expect(page.getByLabel("Tool 1", { exact: true })).toHaveValue("CRM suite");

  // Removing a row with the keyboard leaves focus on the row that takes its place, then on the one
  // before it, then on "Add a tool": never back at the top of the page.
  await page.getByRole("button", { name: "Remove tool 1: CRM suite" }).focus();
  await page.keyboard.press("Enter");
  await expect(names).toHaveCount(1);
  await expect(page.getByLabel("Tool 1", { exact: true })).toBeFocused();
  await expect(page.getByLabel("Tool 1", { exact: true })).toHaveValue("  Ads");
  await page.getByRole("button", { name: /^Remove tool 1/ }).focus();
  await page.keyboard.press("Enter");
  await expect(names).toHaveCount(0);
  await expect(add).toBeFocused();
});
