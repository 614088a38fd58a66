// The service worker: this build's files, cached when it installs and served from the cache
// first, so the app opens and works offline. The two lines below are filled in by
// scripts/post-build.mjs with exactly this build's files and a name for the build.
const BUILD = 'unbuilt';
const FILES = [];
// One app per scope: a copy at another path of the same origin keeps its own caches.
const SCOPE = new URL(self.registration.scope).pathname;
const PREFIX = `ready-to-lead:${SCOPE}:`;
const CACHE = PREFIX + BUILD;

self.addEventListener('install', (event) => {
  // Straight from the server, never from the HTTP cache, which may still hold the last build.
  // A new version then waits until the person chooses to reload (the page says one is ready).
  event.waitUntil(caches.open(CACHE).then((cache) =>
    cache.addAll(FILES.map((url) => new Request(url, { cache: 'reload' })))));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys().then((keys) =>
      Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k))))
      // The first visit is served offline from now on, without a reload.
      .then(() => self.clients.claim()),
  );
});

// The page asks for this when the person chooses "Reload".
self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  let lookup;
  if (request.mode === 'navigate') {
    // The app's own page, whatever its query (an embed's settings); other pages of the origin
    // are none of this worker's business.
    if (url.pathname !== SCOPE && url.pathname !== `${SCOPE}index.html`) return;
    lookup = caches.match(self.registration.scope, { cacheName: CACHE });
  } else {
    lookup = caches.match(request, { cacheName: CACHE, ignoreSearch: true });
  }
  event.respondWith(lookup.then((hit) => hit || fetch(request)));
});
