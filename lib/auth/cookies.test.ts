import { describe, expect, it } from "vitest";
import { authCookies } from "./cookies";

describe("authCookies", () => {
  it("prefixes every cookie and makes it Secure over HTTPS", () => {
    const cookies = authCookies("https://factdeck.school.example");
    expect(cookies.sessionToken.name).toBe("__Host-next-auth.session-token");
    expect(cookies.csrfToken.name).toBe("__Host-next-auth.csrf-token");
    expect(cookies.callbackUrl.name).toBe("__Secure-next-auth.callback-url");
    for (const cookie of Object.values(cookies)) {
      expect(cookie.name).toMatch(/^__(Host|Secure)-/);
      expect(cookie.options).toMatchObject({ secure: true, httpOnly: true, sameSite: "lax", path: "/" });
      // __Host- cookies must not name a domain.
      expect(cookie.options).not.toHaveProperty("domain");
    }
  });

  it("uses plain names without Secure over HTTP, where browsers refuse prefixed cookies", () => {
    for (const url of ["http://localhost:3000", "http://192.168.1.20:3000", undefined]) {
      const cookies = authCookies(url);
      expect(cookies.sessionToken.name).toBe("next-auth.session-token");
      for (const cookie of Object.values(cookies)) {
        expect(cookie.name).not.toMatch(/^__/);
        expect(cookie.options.secure).toBe(false);
      }
    }
  });
});
