import { describe, expect, it } from "vitest";
import { parseTrustedProxies, resolveClientAddress, TrustedProxiesError } from "./client-address";

describe("resolveClientAddress", () => {
  it("ignores X-Forwarded-For by default: a client cannot choose its address", () => {
    const none = parseTrustedProxies(undefined);
    expect(resolveClientAddress("203.0.113.7", "198.51.100.1", none)).toBe("203.0.113.7");
    expect(resolveClientAddress("203.0.113.7", ["1.1.1.1", "2.2.2.2"], none)).toBe("203.0.113.7");
    expect(resolveClientAddress("::ffff:203.0.113.7", undefined, none)).toBe("203.0.113.7");
  });

  it("believes as many hops as TRUSTED_PROXIES counts, never more", () => {
    const oneHop = parseTrustedProxies("1");
    // The load balancer (10.0.0.2) appended the client's address; the client claimed 198.51.100.1 before that.
    expect(resolveClientAddress("10.0.0.2", "198.51.100.1, 203.0.113.7", oneHop)).toBe("203.0.113.7");
    expect(resolveClientAddress("10.0.0.2", undefined, oneHop)).toBe("10.0.0.2");
    expect(resolveClientAddress("10.0.0.2", "198.51.100.1, 203.0.113.7", parseTrustedProxies("2"))).toBe("198.51.100.1");
  });

  it("believes only the listed proxies' additions", () => {
    const list = parseTrustedProxies("loopback, 10.0.0.0/8");
    expect(resolveClientAddress("127.0.0.1", "203.0.113.7", list)).toBe("203.0.113.7");
    expect(resolveClientAddress("10.1.2.3", "198.51.100.1, 203.0.113.7, 10.9.9.9", list)).toBe("203.0.113.7");
    // A request straight from the internet cannot pose as someone else.
    expect(resolveClientAddress("203.0.113.7", "198.51.100.1", list)).toBe("203.0.113.7");
  });

  it("refuses a TRUSTED_PROXIES it cannot read", () => {
    expect(() => parseTrustedProxies("not-an-address")).toThrow(TrustedProxiesError);
    expect(() => parseTrustedProxies("99")).toThrow(TrustedProxiesError);
    expect(parseTrustedProxies("0")).toEqual({ kind: "none" });
  });
});
