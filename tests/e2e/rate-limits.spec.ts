// The address rate limits count is the one the server saw, not one a client
// wrote in a header: a spoofed X-Forwarded-For neither escapes the limit nor
// charges someone else's address. And the links the app builds for students
// use its configured address, whatever Host a request names.
import { db } from "@/server/db/client";
import { expect, given, test } from "./fixtures";

async function socketCounter(): Promise<number> {
  const rows = await db().rateLimiterFlexible.findMany({ where: { key: { in: ["sign-in-address:127.0.0.1", "sign-in-address:::1"] } } });
  return rows.reduce((sum, row) => sum + row.points, 0);
}

test("a spoofed X-Forwarded-For changes nothing: a failed sign-in counts against the address the server saw", async ({ page, student }) => {
  const spoofed = `203.0.113.${Math.floor(Math.random() * 200) + 20}`;
  const before = await socketCounter();
  const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await page.request.post("/api/auth/callback/credentials", {
    form: { login: student.username, password: "a wrong password", csrfToken, json: "true" },
    headers: { "X-Forwarded-For": spoofed, "X-Real-IP": spoofed, "X-Factdeck-Client-Address": spoofed },
  });
  expect(response.status()).toBeLessThan(500);
  expect(await db().rateLimiterFlexible.findFirst({ where: { key: { contains: spoofed } } })).toBeNull();
  expect(await socketCounter()).toBeGreaterThan(before);
});

test("join links and QR codes use the configured address, not the request's Host", async ({ teacherPage: page, teacher, baseURL }) => {
  const created = await given.classWith(teacher, [], "Form 3 Civics");
  await page.setExtraHTTPHeaders({ "X-Forwarded-Host": "evil.example", "X-Forwarded-Proto": "https" });
  await page.goto(`/classes/${created.id}/join-code`);
  await expect(page.getByText(`${baseURL}/join/${created.joinCode}`).first()).toBeVisible();
  await expect(page.getByText("evil.example")).toHaveCount(0);
});
