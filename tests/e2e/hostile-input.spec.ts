// Random and hostile input to every server action, every route handler and
// every page with a dynamic address, as a visitor, a student and a teacher:
// nothing answers 5xx, shows a stack trace or a database's error text, and
// no action answers with the message for an unexpected failure. fast-check
// makes the input from a fixed seed with a bounded number of runs, so a run
// is repeatable; a failure prints the request that caused it.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { APIRequestContext, APIResponse } from "@playwright/test";
import fc from "fast-check";
import { UNEXPECTED_ERROR } from "@/lib/actions/result";
import type { SessionUser } from "@/server/auth/session";
import { expect, given, sessionCookieHeader, test } from "./fixtures";

const SEED = 20261203;
const ROOT = process.cwd();

/** Strings that have broken servers: NUL bytes, bad escapes, huge and odd values, and React's own reference markers. */
const hostileText = fc.oneof(
  fc.constantFrom(
    "",
    " ",
    "\u0000",
    "c1\u0000",
    "%00",
    "%",
    "%E0%A4%A",
    "../../../etc/passwd",
    "' OR '1'='1",
    '"; DROP TABLE "User"; --',
    "<script>alert(1)</script>",
    "$@1",
    "$K1",
    "$Q0",
    "__proto__",
    "constructor",
    "\uD800",
    "😀🇰🇪",
    "NaN",
    "-1",
    "1e309",
    "9".repeat(400),
    "x".repeat(20_000),
  ),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.uuid(),
  fc.stringMatching(/^c[a-z0-9]{24}$/),
);

const hostileValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    hostileText,
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(fieldName(), tie("value"), { maxKeys: 4 }),
  ),
})).value;

/** Field names the app's forms use, and some it does not. */
function fieldName() {
  return fc.oneof(
    fc.constantFrom("id", "classId", "assignmentId", "studentId", "attemptId", "itemId", "setId", "factId", "articleId", "slug", "name", "title", "code", "password", "confirm", "username", "text", "reviews", "rating", "response", "format", "__proto__"),
    fc.string({ maxLength: 12 }),
  );
}

type Identity = "visitor" | "student" | "teacher";
let cookies: Record<Identity, string | undefined>;
let origin: string;

test.beforeAll(async ({ baseURL }) => {
  origin = new URL(baseURL!).origin;
  const teacher: SessionUser = await given.teacher("Hostile Input Teacher");
  const student: SessionUser = await given.student("Hostile Input Student");
  await given.classWith(teacher, [student]);
  cookies = { visitor: undefined, student: await sessionCookieHeader(student), teacher: await sessionCookieHeader(teacher) };
});

/** What no response may carry: a stack frame, a database's error, the framework's error page. */
const LEAKS = [/\n\s+at [^\n]+:\d+:\d+/, /node_modules/, /PrismaClient|prisma\.\w+\.\w+\(/i, /invalid byte sequence|SQLITE_|violates .* constraint|syntax error at/i, /Internal Server Error/];

async function expectHandled(response: APIResponse, request: string, { isAction = false } = {}) {
  const body = await response.text();
  const where = `${request} → ${response.status()}: ${body.slice(0, 300)}`;
  expect(response.status(), where).toBeLessThan(500);
  for (const leak of LEAKS) expect(body, where).not.toMatch(leak);
  if (isAction) expect(body, where).not.toContain(UNEXPECTED_ERROR);
}

/** A path with each [segment] filled in by `fill`. */
function fillPath(template: string, fill: () => string): string {
  return template.replace(/\[\.{0,3}[^\]]+\]/g, () => encodeURIComponent(fill()));
}

/** The app's address templates (route groups dropped) of every file named `file` under app/. */
function routes(file: "page.tsx" | "route.ts"): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === file) {
        const route = path.relative(path.join(ROOT, "app"), dir).split(path.sep).filter((part) => part && !/^\(.*\)$/.test(part));
        found.push(`/${route.join("/")}`);
      }
    }
  };
  walk(path.join(ROOT, "app"));
  return found.sort();
}

type ServerAction = { id: string; name: string; page: string };

/** Every server action of the build, with a page it is served from. */
function serverActions(): ServerAction[] {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, ".next/server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { workers: Record<string, unknown>; filename: string; exportedName: string }>;
  };
  return Object.entries(manifest.node).map(([id, entry]) => {
    const worker = Object.keys(entry.workers)[0]!;
    const page = `/${worker.replace(/^app\//, "").replace(/\/page$/, "").split("/").filter((part) => !/^\(.*\)$/.test(part)).join("/")}`;
    return { id, name: `${entry.filename}#${entry.exportedName}`, page };
  });
}

/** React's reply encoding of plain values: a string starting with "$" is escaped as "$$". */
function encodeReplyValue(value: unknown): unknown {
  if (typeof value === "string") return value.startsWith("$") ? `$${value}` : value;
  if (Array.isArray(value)) return value.map(encodeReplyValue);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, encodeReplyValue(entry)]));
  return value;
}

async function callAction(request: APIRequestContext, action: ServerAction, identity: Identity, body: { json: unknown[] } | { form: Record<string, string> }) {
  const headers: Record<string, string> = { "Next-Action": action.id, Origin: origin, Accept: "text/x-component" };
  if (cookies[identity]) headers.Cookie = cookies[identity]!;
  const page = fillPath(action.page, () => "c0000000000000000000000000");
  if ("json" in body) {
    return request.post(page, { headers: { ...headers, "Content-Type": "text/plain;charset=UTF-8" }, data: JSON.stringify(body.json.map(encodeReplyValue)), maxRedirects: 0 });
  }
  // A form submitted by script: the fields are sent as the action's FormData argument.
  const multipart: Record<string, string> = { "0": '["$K1"]' };
  for (const [key, value] of Object.entries(body.form)) multipart[`1_${key}`] = value;
  return request.post(page, { headers, multipart, maxRedirects: 0 });
}

const IDENTITIES: Identity[] = ["visitor", "student", "teacher"];

for (const identity of IDENTITIES) {
  test.describe(`as a ${identity}`, () => {
    test("every server action answers random and hostile arguments with a message", async ({ request }) => {
      test.setTimeout(240_000);
      const actions = serverActions();
      expect(actions.length).toBeGreaterThan(30);
      for (const action of actions) {
        const input = fc.oneof(
          fc.record({ json: fc.array(hostileValue, { maxLength: 3 }) }),
          fc.record({ form: fc.dictionary(fieldName(), hostileText.map((text) => text.slice(0, 2000)), { maxKeys: 6 }) }),
        );
        await fc.assert(
          fc.asyncProperty(input, async (body) => {
            const response = await callAction(request, action, identity, body);
            await expectHandled(response, `${action.name} (${identity}) ${JSON.stringify(body).slice(0, 200)}`, { isAction: true });
          }),
          { seed: SEED, numRuns: 10, endOnFailure: true },
        );
      }
    });

    test("every route handler answers random and hostile requests without a server error", async ({ request }) => {
      test.setTimeout(180_000);
      const handlers = routes("route.ts").filter((route) => !route.startsWith("/api/auth"));
      // next-auth's own routes, each of them.
      handlers.push("/api/auth/session", "/api/auth/csrf", "/api/auth/providers", "/api/auth/signin", "/api/auth/signout", "/api/auth/callback/credentials", "/api/auth/[action]");
      for (const handler of handlers) {
        const input = fc.record({
          method: fc.constantFrom("GET", "POST", "PUT", "DELETE"),
          segment: hostileText,
          query: fc.dictionary(fieldName(), hostileText.map((text) => text.slice(0, 500)), { maxKeys: 3 }),
          body: fc.oneof(hostileValue.map((value) => JSON.stringify(value) ?? "null"), hostileText),
          contentType: fc.constantFrom("application/json", "application/x-www-form-urlencoded", "text/plain", "multipart/form-data; boundary=x"),
        });
        await fc.assert(
          fc.asyncProperty(input, async ({ method, segment, query, body, contentType }) => {
            const url = new URL(fillPath(handler, () => segment), origin);
            for (const [key, value] of Object.entries(query)) url.searchParams.append(key, value);
            const headers: Record<string, string> = { Origin: origin, "Content-Type": contentType };
            if (cookies[identity]) headers.Cookie = cookies[identity]!;
            const response = await request.fetch(url.toString(), { method, headers, ...(method === "GET" ? {} : { data: body }), maxRedirects: 0 });
            await expectHandled(response, `${method} ${url.pathname}${url.search.slice(0, 200)} (${identity})`);
          }),
          { seed: SEED, numRuns: 12, endOnFailure: true },
        );
      }
    });

    test("every page with an address of its own answers hostile ids with a page, not a server error", async ({ request }) => {
      test.setTimeout(180_000);
      const pages = routes("page.tsx").filter((route) => route.includes("["));
      expect(pages.length).toBeGreaterThan(10);
      for (const page of pages) {
        await fc.assert(
          fc.asyncProperty(hostileText, fc.dictionary(fieldName(), hostileText.map((text) => text.slice(0, 500)), { maxKeys: 2 }), async (segment, query) => {
            const url = new URL(fillPath(page, () => segment), origin);
            for (const [key, value] of Object.entries(query)) url.searchParams.append(key, value);
            const response = await request.get(url.toString(), { headers: cookies[identity] ? { Cookie: cookies[identity]! } : {}, maxRedirects: 0 });
            await expectHandled(response, `GET ${url.pathname}${url.search.slice(0, 200)} (${identity})`);
          }),
          { seed: SEED, numRuns: 5, endOnFailure: true },
        );
      }
    });
  });
}
