// Factdeck's service worker: keeps the app shell and the review page
// available offline. Reviews made offline are not its business: the review
// page queues them on the device (IndexedDB) and sends them when the
// connection returns, and leaves out the cards already rated on the device
// when it starts from a copy kept here.
const VERSION = "factdeck-v2";
const STATIC_CACHE = `${VERSION}-static`;
const PAGE_CACHE = `${VERSION}-pages`;
const OFFLINE_PAGES = ["/review", "/home"];
/** Pages that mean nobody is signed in: the pages kept for the last account go. */
const SIGNED_OUT_PAGES = ["/sign-in", "/sign-up"];

// Pages are user-specific: they are kept as the signed-in learner opens them
// (see the fetch handler), never fetched at install, where a sign-in
// redirect could be stored in their place.
self.addEventListener("install", () => {
  self.skipWaiting();
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => !key.startsWith(VERSION)).map((key) => caches.delete(key))))
      .then(() => self.clients.claim())
      .then(() => keepReviewPage()),
  );
});

/** The key of a kept page: its path and query (`/review?assignment=...` is not the day's review). */
function pageKey(url) {
  return url.pathname + url.search;
}

function isKeptPage(url, response) {
  return response.ok && !response.redirected && OFFLINE_PAGES.includes(url.pathname);
}

/** The build files a page's HTML names (its scripts, styles and the chunks its components load). */
function staticFilesOf(html) {
  const found = html.match(/\/_next\/static\/[A-Za-z0-9/._~%-]+/g) ?? [];
  const chunks = (html.match(/static\/chunks\/[A-Za-z0-9/._~%-]+/g) ?? []).map((path) => `/_next/${path}`);
  return [...new Set([...found, ...chunks])];
}

/**
 * Keeps the day's review page if no copy is kept yet, so that Review opens
 * offline even when the learner never opened it online on this device, with
 * the build files it needs to run (the browser has not loaded them for a
 * page it never showed). A signed-out request is redirected to the sign-in
 * page and is not kept.
 */
async function keepReviewPage() {
  const cache = await caches.open(PAGE_CACHE);
  if (await cache.match("/review")) return;
  try {
    const response = await fetch("/review", { credentials: "same-origin" });
    if (!isKeptPage(new URL(response.url), response)) return;
    const html = await response.clone().text();
    const statics = await caches.open(STATIC_CACHE);
    await Promise.all(
      staticFilesOf(html).map(async (file) => {
        if (await statics.match(file)) return;
        const asset = await fetch(file).catch(() => null);
        if (asset?.ok) await statics.put(file, asset);
      }),
    );
    await cache.put("/review", response);
  } catch {
    // Offline: the next page opened online tries again.
  }
}

function escapeHtml(text) {
  return text.replace(/[&<>"]/g, (character) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[character]);
}

/** The page shown offline for a page no copy of is kept: what works offline, and the way there. */
async function offlinePage(url) {
  const cache = await caches.open(PAGE_CACHE);
  const hasReview = Boolean(await cache.match("/review"));
  const hasHome = Boolean(await cache.match("/home"));
  const review = hasReview
    ? `<p>Your flashcards work offline: the reviews you make wait on this phone and are sent when the connection returns.</p>
       <p><a class="button" href="/review">Review flashcards</a></p>`
    : `<p>Open Review once while you are online, and your flashcards will work offline on this phone.</p>`;
  const home = hasHome ? `<p><a href="/home">Home</a>, as you last saw it</p>` : "";
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Offline · Factdeck</title>
<style>
  body { margin: 0; font-family: ui-sans-serif, system-ui, sans-serif; color: #0f172a; background: #f8fafc; line-height: 1.5; }
  header { border-bottom: 1px solid #e2e8f0; background: #fff; padding: 0.25rem 1rem; }
  header a { display: inline-flex; align-items: center; min-height: 44px; font-size: 1.125rem; font-weight: 700; color: #1d4ed8; text-decoration: none; }
  main { max-width: 48rem; margin: 0 auto; padding: 1.5rem 1rem; }
  h1 { font-size: 1.5rem; margin: 0 0 1rem; }
  a { color: #1d4ed8; }
  p a { display: inline-flex; align-items: center; min-height: 44px; font-weight: 500; }
  a.button { justify-content: center; padding: 0 1rem; border-radius: 0.25rem; background: #1d4ed8; color: #fff; text-decoration: none; }
  code { word-break: break-all; }
</style>
</head>
<body>
<header><a href="${hasHome ? "/home" : "/review"}">Factdeck</a></header>
<main>
<h1>You are offline</h1>
<p><code>${escapeHtml(url.pathname)}</code> needs a connection, and this phone has no copy of it.</p>
${review}
${home}
</main>
</body>
</html>`;
  return new Response(html, { headers: { "Content-Type": "text/html; charset=utf-8" }, status: 503 });
}

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
          const landed = new URL(response.url || request.url);
          if (SIGNED_OUT_PAGES.includes(landed.pathname)) {
            // Signed out (or sent to sign in): the next person on this phone must not see the last account's pages offline.
            event.waitUntil(caches.delete(PAGE_CACHE));
          } else if (isKeptPage(url, response)) {
            const copy = response.clone();
            event.waitUntil(caches.open(PAGE_CACHE).then((cache) => cache.put(pageKey(url), copy)));
          } else if (response.ok) {
            event.waitUntil(keepReviewPage());
          }
          return response;
        })
        .catch(() => caches.match(pageKey(url), { cacheName: PAGE_CACHE }).then((cached) => cached ?? offlinePage(url))),
    );
  }
});
