import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { USER_DATA } from "./user-data";

/** The models of the schema with a relation field to User (the side that holds the link). */
function modelsLinkedToUser(schema: string): string[] {
  const linked: string[] = [];
  for (const [, model, body] of schema.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)) {
    if (/^\s+\w+\s+User\??\s+@relation/m.test(body!)) linked.push(model!);
  }
  return linked.sort();
}

describe("USER_DATA", () => {
  it("lists every model linked to a user, and the rate-limit counters", () => {
    const schema = readFileSync(path.join(process.cwd(), "prisma/schema.prisma"), "utf8");
    const linked = modelsLinkedToUser(schema);
    // The parse itself must see the links it is there to find.
    expect(linked).toEqual(expect.arrayContaining(["Card", "Attempt", "User", "ItemEdit"]));
    // A model missing here is new: export it (server/account/export-own-data.ts), delete it (delete-own-account.ts), and list it.
    expect(Object.keys(USER_DATA).sort()).toEqual([...linked, "RateLimiterFlexible"].sort());
  });
});
