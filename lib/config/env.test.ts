import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "./env";

const root = "/srv/factdeck";

function problems(env: Record<string, string>): string[] {
  try {
    parseEnv(env, root);
  } catch (error) {
    if (error instanceof EnvError) return error.problems;
    throw error;
  }
  return [];
}

describe("parseEnv", () => {
  it("defaults to the SQLite file under ./data, port 3000 and demo mode outside production", () => {
    const config = parseEnv({}, root);
    expect(config.database).toEqual({ provider: "sqlite", url: "file:/srv/factdeck/data/factdeck.db", file: "/srv/factdeck/data/factdeck.db" });
    expect(config.port).toBe(3000);
    expect(config.isDemo).toBe(true);
  });

  it("reads TRUSTED_PROXIES: none by default, hops or a list, and names a bad value", () => {
    expect(parseEnv({}, root).trustedProxies).toEqual({ kind: "none" });
    expect(parseEnv({ TRUSTED_PROXIES: "1" }, root).trustedProxies).toEqual({ kind: "hops", count: 1 });
    expect(parseEnv({ TRUSTED_PROXIES: "loopback,10.0.0.0/8" }, root).trustedProxies).toEqual({ kind: "addresses", list: ["loopback", "10.0.0.0/8"] });
    expect(problems({ TRUSTED_PROXIES: "proxy.example" })[0]).toMatch(/^TRUSTED_PROXIES must be a number of hops or a list/);
  });

  it("keeps demo accounts off a public address: off by default there, refused when asked for unless forced", () => {
    expect(parseEnv({ NEXTAUTH_URL: "https://factdeck.example.org" }, root).isDemo).toBe(false);
    expect(parseEnv({ NEXTAUTH_URL: "http://localhost:3100" }, root).isDemo).toBe(true);
    expect(parseEnv({ NEXTAUTH_URL: "http://192.168.1.20:3000" }, root).isDemo).toBe(true);
    expect(() => parseEnv({ NEXTAUTH_URL: "https://factdeck.example.org", FACTDECK_DEMO: "1" }, root)).toThrow(/FACTDECK_DEMO is on but NEXTAUTH_URL .* is a public address/);
    expect(parseEnv({ NEXTAUTH_URL: "https://factdeck.example.org", FACTDECK_DEMO: "1", FACTDECK_DEMO_ON_PUBLIC_URL: "1" }, root).isDemo).toBe(true);
  });

  it("turns demo mode off in production unless FACTDECK_DEMO is set", () => {
    expect(parseEnv({ NODE_ENV: "production" }, root).isDemo).toBe(false);
    expect(parseEnv({ NODE_ENV: "production", FACTDECK_DEMO: "1" }, root).isDemo).toBe(true);
    expect(parseEnv({ FACTDECK_DEMO: "false" }, root).isDemo).toBe(false);
  });

  it("picks PostgreSQL for postgres:// and postgresql:// URLs", () => {
    expect(parseEnv({ DATABASE_URL: "postgres://u:p@db:5432/factdeck" }, root).database.provider).toBe("postgresql");
    expect(parseEnv({ DATABASE_URL: "postgresql://u@127.0.0.1/factdeck" }, root).database.provider).toBe("postgresql");
  });

  it("resolves a relative SQLite file against the project root", () => {
    expect(parseEnv({ DATABASE_URL: "file:./data/other.db" }, root).database).toMatchObject({ file: "/srv/factdeck/data/other.db" });
  });

  it.each([
    [{ DATABASE_URL: "mysql://localhost/x" }, /DATABASE_URL uses the unsupported scheme "mysql:"/],
    [{ DATABASE_URL: "not a url" }, /DATABASE_URL is not a URL/],
    [{ DATABASE_URL: "postgresql://" }, /DATABASE_URL/],
    [{ DATABASE_URL: "postgresql://localhost" }, /DATABASE_URL names no database/],
    [{ DATABASE_URL: "file:" }, /DATABASE_URL "file:" names no SQLite file/],
    [{ PORT: "eighty" }, /^PORT must be a whole number$/],
    [{ PORT: "70000" }, /^PORT must be between 1 and 65535$/],
    [{ NEXTAUTH_SECRET: "short" }, /^NEXTAUTH_SECRET must be at least 32 characters$/],
    [{ NEXTAUTH_URL: "localhost:3000" }, /^NEXTAUTH_URL must be an http\(s\) URL/],
    [{ FACTDECK_DEMO: "yes" }, /^FACTDECK_DEMO must be 1, 0, true or false$/],
    [{ NODE_ENV: "staging" }, /^NODE_ENV /],
  ])("rejects %o with a one-line message naming the variable", (env, message) => {
    const found = problems(env);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(message);
    expect(found[0]).not.toContain("\n");
  });

  it("treats empty strings as unset", () => {
    expect(parseEnv({ DATABASE_URL: "", PORT: "" }, root).port).toBe(3000);
  });
});
