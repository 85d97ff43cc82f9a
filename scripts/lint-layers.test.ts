import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// The import zones of eslint.config.mjs (docs/ARCHITECTURE.md, "Layers"):
// a file that crosses one fails the lint, and the same import is allowed
// where the map allows it.

const eslint = new ESLint({ cwd: path.resolve(import.meta.dirname, "..") });

async function restricted(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: file });
  return (result?.messages ?? []).filter((message) => message.ruleId === "no-restricted-imports").map((message) => message.message.split("'")[1] ?? "");
}

describe("the import zones", () => {
  it("keep lib/ free of the data layer, UI, routes, Next.js and the file system", async () => {
    const code = [
      'import { db } from "@/server/db/client";',
      'import { Button } from "@/components/ui/button";',
      'import { headers } from "next/headers";',
      'import { readFileSync } from "node:fs";',
      'import { x } from "../../server/db/client";',
      'import { parseContent } from "@/lib/content/parse";',
      "export const all = [db, Button, headers, readFileSync, x, parseContent];",
    ].join("\n");
    expect(await restricted("lib/quiz/zone-check.ts", code)).toEqual(["@/server/db/client", "@/components/ui/button", "next/headers", "node:fs", "../../server/db/client"]);
  }, 60_000);

  it("keep components/ from the data layer and routes, and server/ from UI and scripts", async () => {
    expect(await restricted("components/zone-check.tsx", 'import { db } from "@/server/db/client";\nexport const a = db;\n')).toEqual(["@/server/db/client"]);
    expect(await restricted("server/zone-check.ts", 'import { Button } from "@/components/ui/button";\nimport { run } from "@/scripts/content";\nexport const a = [Button, run];\n')).toEqual([
      "@/components/ui/button",
      "@/scripts/content",
    ]);
    expect(await restricted("app/zone-check.tsx", 'import { db } from "@/server/db/client";\nexport const a = db;\n')).toEqual([]);
  }, 60_000);

  it("exempt test files", async () => {
    expect(await restricted("lib/quiz/zone-check.test.ts", 'import { db } from "@/server/db/client";\nexport const a = db;\n')).toEqual([]);
  }, 60_000);
});
