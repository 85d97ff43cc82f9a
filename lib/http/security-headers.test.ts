import { describe, expect, it } from "vitest";
import { contentSecurityPolicy } from "./security-headers";

describe("the pages' Content-Security-Policy", () => {
  const policy = contentSecurityPolicy("abc123", { isDevelopment: false });
  const directive = (name: string) => policy.split("; ").find((part) => part.startsWith(`${name} `));

  it("runs scripts only with the request's nonce, never inline or eval'd", () => {
    expect(directive("script-src")).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(policy).not.toContain("unsafe-eval");
  });

  it("allows no plugins, no <base>, and no framing", () => {
    expect(directive("object-src")).toBe("object-src 'none'");
    expect(directive("base-uri")).toBe("base-uri 'none'");
    expect(directive("frame-ancestors")).toBe("frame-ancestors 'none'");
  });

  it("allows eval only to the development server", () => {
    expect(contentSecurityPolicy("n", { isDevelopment: true })).toContain("'unsafe-eval'");
  });
});
