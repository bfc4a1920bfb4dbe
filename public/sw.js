// Service worker: keeps the app working offline. scripts/post-build.mjs fills in the version and the list of
// built files (their names carry content hashes), so each build gets its own cache and an update is detected.
const VERSION = "__VERSION__";
const PRECACHE = __PRECACHE__;
const CACHE = "rop-" + VERSION;
const scoped = (path) => new URL(path, self.registration.scope).href;

self.addEventListener("install", (event) => {
  // No skipWaiting here: a new version waits until the user chooses to reload (the app shows a prompt).
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE.map(scoped))));
});

self.addEventListener("message", (event) => {
  if (event.data === "skip-waiting") self.skipWaiting();
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith("rop-") && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim())
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === "navigate") {
    // Any page address (deep links too) is the app's index.html: fresh from the network when it answers,
    // the cached copy when it does not.
    const index = scoped("./");
    event.respondWith(
      fetch(request)
        .then((response) => (response.ok ? response : caches.match(index).then((cached) => cached || response)))
        .catch(() => caches.match(index))
    );
    return;
  }
  event.respondWith(caches.match(request).then((cached) => cached || fetch(request)));
});
