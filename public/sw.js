// Factdeck's service worker: keeps the app shell and the review page
// available offline. Reviews made offline are not its business: the review
// page queues them on the device (IndexedDB) and sends them when the
// connection returns.
const VERSION = "factdeck-v1";
const STATIC_CACHE = `${VERSION}-static`;
const PAGE_CACHE = `${VERSION}-pages`;
const OFFLINE_PAGES = ["/review", "/home"];

// Pages are user-specific: they are kept as the signed-in learner opens them
// (see the fetch handler), never fetched here, where a sign-in redirect could
// be stored in their place.
self.addEventListener("install", () => {
  self.skipWaiting();
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => !key.startsWith(VERSION)).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  // API calls and sign-in always go to the network: the page handles failures.
  if (url.pathname.startsWith("/api/")) return;

  // Build output has content-hashed names: cache first.
  if (url.pathname.startsWith("/_next/static/") || url.pathname.startsWith("/icons/")) {
    event.respondWith(
      caches.match(request).then(
        (cached) =>
          cached ??
          fetch(request).then((response) => {
            if (response.ok) {
              const copy = response.clone();
              caches.open(STATIC_CACHE).then((cache) => cache.put(request, copy));
            }
            return response;
          }),
      ),
    );
    return;
  }

  // Pages: the network first (fresh data), the last copy when offline.
  if (request.mode === "navigate") {
    event.respondWith(
      fetch(request)
        .then((response) => {
          if (response.ok && !response.redirected && OFFLINE_PAGES.includes(url.pathname)) {
            const copy = response.clone();
            caches.open(PAGE_CACHE).then((cache) => cache.put(url.pathname, copy));
          }
          return response;
        })
        .catch(() =>
          caches.match(url.pathname).then(
            (cached) =>
              cached ??
              new Response("<!doctype html><title>Offline</title><p>You are offline. Open Review to keep studying the cards on this device.</p>", {
                headers: { "Content-Type": "text/html; charset=utf-8" },
                status: 503,
              }),
          ),
        ),
    );
  }
});
