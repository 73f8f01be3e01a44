// Lotse service worker (served as /sw.js): keeps for offline reading the public pages a
// newcomer opened, their own plan and the office pages those pages link to. No other page
// is ever stored: cases, bookings, applications, forms and staff pages are not in KEEP.
const C = "lotse-pages-v1", MAX = 60;
const KEEP = /^\/[a-z]{2}\/[-\w]+\/(services\/([-\w]+\/)?|offices\/([-\w]+\/)?|life\/[-\w]+\/|international\/|attractions\/|associations\/|plan\/[-\w]{20,}\/)?$/;
const LINKS = /(?:href|src)="(\/static\/[^"]+|\/[a-z]{2}\/[-\w]+\/offices\/[-\w]+\/)"/g;

self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (e) => e.waitUntil(self.clients.claim()));

async function put(c, key, res) {
  const h = new Headers(res.headers);
  h.set("X-Lotse-Saved", new Date().toISOString());
  await c.put(key, new Response(await res.arrayBuffer(), { status: res.status, headers: h }));
}

async function keep(path, res) {
  const c = await caches.open(C);
  const html = await res.clone().text();
  await put(c, path, res);
  // What the page needs offline: its CSS/JS and the offices it names (fetched once).
  for (const [, url] of html.matchAll(LINKS)) {
    if (!(await c.match(url))) {
      const got = await fetch(url, { credentials: "omit" }).catch(() => null);
      if (got && got.ok && !got.redirected) await put(c, url, got);
    }
  }
  const keys = await c.keys();
  for (const old of keys.slice(0, Math.max(0, keys.length - MAX))) await c.delete(old);
}

async function saved(path) {
  const m = await caches.match(path);
  if (!m) return Response.error();
  const h = new Headers(m.headers);
  h.delete("Content-Length");
  const when = m.headers.get("X-Lotse-Saved") || "";
  const html = (await m.text()).replace("<body", `<body data-saved="${when}"`);
  return new Response(html, { headers: h });
}

self.addEventListener("fetch", (e) => {
  const r = e.request, u = new URL(r.url);
  if (r.method !== "GET" || u.origin !== location.origin) return;
  if (u.pathname.startsWith("/static/")) {
    e.respondWith(fetch(r).catch(() => caches.match(u.pathname).then((m) => m || Response.error())));
  } else if (r.mode === "navigate" && !u.search && KEEP.test(u.pathname)) {
    e.respondWith(fetch(r).then((res) => {
      if (res.ok && !res.redirected) e.waitUntil(keep(u.pathname, res.clone()));
      return res;
    }, () => saved(u.pathname)));
  }
});
