import { describe, expect, it } from "vitest";
import { appOrigin, isSameOriginRequest } from "./origin";

describe("same-origin requests", () => {
  const origin = appOrigin("https://factdeck.example.org/", "http://10.0.0.5:3000/api/reviews");

  it("take the public URL's origin over the request's", () => {
    expect(origin).toBe("https://factdeck.example.org");
    expect(appOrigin(undefined, "http://localhost:3000/api/reviews")).toBe("http://localhost:3000");
  });

  it("accept the app's own origin, or a browser's same-origin fetch without one", () => {
    expect(isSameOriginRequest({ origin: "https://factdeck.example.org", secFetchSite: "same-origin" }, origin)).toBe(true);
    expect(isSameOriginRequest({ origin: null, secFetchSite: "same-origin" }, origin)).toBe(true);
  });

  it("refuse another site, a sibling on the same site, and a request that says nothing", () => {
    expect(isSameOriginRequest({ origin: "https://evil.example", secFetchSite: "cross-site" }, origin)).toBe(false);
    expect(isSameOriginRequest({ origin: "https://blog.factdeck.example.org", secFetchSite: "same-site" }, origin)).toBe(false);
    expect(isSameOriginRequest({ origin: "null", secFetchSite: null }, origin)).toBe(false);
    expect(isSameOriginRequest({ origin: null, secFetchSite: null }, origin)).toBe(false);
  });
});
