/* Ready to Lead on another site's page, from one script tag. Plain JavaScript, no dependencies.
   Every option, event and payload is in docs/embedding.md.

     <div data-ready-to-lead data-theme="auto" data-accent="#0b6e4f"></div>
     <script src="https://…/embed.js" async></script>

   or ReadyToLead.embed(element, options), which returns { on, off, setTheme, destroy }. */
(function () {
  'use strict';
  if (window.ReadyToLead) return;
  var SOURCE = 'ready-to-lead';
  var VERSION = 1;
  // The app is served beside this file. Loaded some other way (inlined by a tag manager), the
  // loader looks for its own tag.
  var script = document.currentScript || document.querySelector('script[src*="embed.js"]');
  if (!script || !script.src) {
    console.error('Ready to Lead: embed.js cannot tell where the app is; load it with <script src=".../embed.js">');
    return;
  }
  var app = new URL('./', script.src);
  var made = new WeakMap();

  function embed(el, options) {
    if (made.has(el)) return made.get(el);
    var o = options || {};
    var handlers = {};
    var frame = document.createElement('iframe');
    var framework = o.framework;
    var query = new URLSearchParams({ embed: '1', host: location.origin });
    ['theme', 'accent', 'role', 'compact', 'lang'].forEach(function (key) {
      var value = o[key];
      if (value === true) value = '1';
      if (value != null && value !== false && value !== '') query.set(key, String(value));
    });
    // A URL names a file on this page's origin, which this page fetches when the app asks; an
    // object is sent once the app is ready.
    if (typeof framework === 'string' && framework) query.set('framework', new URL(framework, location.href).href);
    else if (framework && typeof framework === 'object') query.set('framework', 'message');
    var max = Number(o.maxHeight) || Infinity;
    // Only a capped frame may scroll inside.
    if (max < Infinity) query.set('scroll', '1');
    var asked = false;
    var page = 0;

    frame.title = o.title || 'Ready to Lead: are you ready to become an engineering manager? A self-assessment';
    frame.setAttribute('allow', 'clipboard-write; web-share');
    // Styles through the CSSOM, which a host's Content-Security-Policy allows.
    var style = frame.style;
    style.display = 'block';
    style.width = '100%';
    style.border = '0';
    style.height = (Number(o.height) || 640) + 'px';

    function emit(type, payload) {
      (handlers[type] || []).slice().forEach(function (f) {
        try { f(payload); } catch (e) { setTimeout(function () { throw e; }); }
      });
      el.dispatchEvent(new CustomEvent('ready-to-lead:' + type, { detail: payload, bubbles: true }));
    }
    function send(type, payload) {
      if (frame.contentWindow) {
        frame.contentWindow.postMessage({ source: SOURCE, version: VERSION, type: type, payload: payload }, app.origin);
      }
    }
    // The page's own file, so no CORS is needed; the app itself requests nothing from here.
    function fetchFramework(url) {
      fetch(url, { credentials: 'same-origin' })
        .then(function (r) { if (!r.ok) throw new Error(url + ' answered HTTP ' + r.status); return r.text(); })
        .then(function (text) { send('set-framework', { framework: text }); },
          function (e) { send('set-framework', { error: e.message || url + ' could not be fetched' }); });
    }
    // Only the app's origin, and only this embed's own frame.
    function onMessage(e) {
      var d = e.data;
      if (e.origin !== app.origin || e.source !== frame.contentWindow) return;
      if (!d || d.source !== SOURCE || d.version !== VERSION || !d.payload) return;
      if (d.type === 'resize') style.height = Math.min(d.payload.height, max) + 'px';
      if (d.type === 'ready' && d.payload.framework && !o.title) {
        frame.title = d.payload.framework.title + ' (self-assessment)';
      }
      // Once: a framework that fails is not sent again (the app says why, inside the frame).
      if (d.type === 'ready' && !d.payload.framework && !asked) {
        asked = true;
        if (framework && typeof framework === 'object') send('set-framework', { framework: framework });
        // The app asks for the file this page named; only that one is fetched, by this page.
        else if (d.payload.frameworkUrl && d.payload.frameworkUrl === query.get('framework')) fetchFramework(d.payload.frameworkUrl);
      }
      // A new page starts at the frame's top: bring it into view if it scrolled off.
      if (d.type === 'progress' && d.payload.page !== page) {
        if (page && frame.getBoundingClientRect().top < 0) frame.scrollIntoView();
        page = d.payload.page;
      }
      emit(d.type, d.payload);
    }
    addEventListener('message', onMessage);

    el.appendChild(frame);
    var observer = null;
    function start() { frame.src = app.href + '?' + query; }
    if (window.IntersectionObserver && o.lazy !== false) {
      observer = new IntersectionObserver(function (entries) {
        if (entries.some(function (x) { return x.isIntersecting; })) {
          observer.disconnect();
          observer = null;
          start();
        }
      }, { rootMargin: '400px' });
      observer.observe(frame);
    } else {
      start();
    }

    var handle = {
      element: frame,
      on: function (type, f) { (handlers[type] = handlers[type] || []).push(f); return handle; },
      off: function (type, f) {
        handlers[type] = (handlers[type] || []).filter(function (g) { return g !== f; });
        return handle;
      },
      setTheme: function (theme, accent) {
        var payload = {};
        if (theme) payload.theme = theme;
        if (accent) payload.accent = accent;
        send('set-theme', payload);
        return handle;
      },
      destroy: function () {
        removeEventListener('message', onMessage);
        if (observer) observer.disconnect();
        frame.remove();
        handlers = {};
        made.delete(el);
      }
    };
    made.set(el, handle);
    return handle;
  }

  function fromData(el) {
    var d = el.dataset;
    return {
      theme: d.theme, accent: d.accent, role: d.role, lang: d.lang, framework: d.framework, title: d.title,
      compact: d.compact != null && d.compact !== 'false', maxHeight: d.maxHeight, height: d.height,
      lazy: d.lazy !== 'false'
    };
  }
  function scan() {
    Array.prototype.forEach.call(document.querySelectorAll('[data-ready-to-lead]'), function (el) {
      embed(el, fromData(el));
    });
  }

  window.ReadyToLead = { embed: embed, get: function (el) { return made.get(el); } };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
  else scan();
})();
