// Runs before the first paint, inlined into index.html by scripts/post-build.mjs (its hash is in
// the page's policy). It readies the static start page: the saved theme, an embed's layout, an
// "Opening…" note for links that open another page (or what went wrong, if the app cannot
// start), and a Start button that works before the app: a click asks for #/start, which the app
// reads when it starts, and shows the first page of questions on a first visit.
(function () {
  var root = document.documentElement;
  var query = new URLSearchParams(location.search);
  var on = function (key) { var v = query.get(key); return v !== null && !/^(0|false|no)$/.test(v); };
  var theme = null;
  if (on('embed')) {
    root.classList.add('embed');
    if (on('compact')) root.classList.add('compact');
    theme = query.get('theme');
    if (query.has('framework')) root.classList.add('opening');
  } else {
    try { theme = JSON.parse(localStorage.getItem('ready-to-lead')).prefs.theme; } catch (e) { /* none saved */ }
  }
  if (theme === 'light' || theme === 'dark') root.setAttribute('data-theme', theme);
  if (/^#\/./.test(location.hash) && location.hash !== '#/start') root.classList.add('opening');
  // On a first visit (nothing saved), Start shows the static first page of questions, which can
  // be answered before the app has loaded; the app takes the answers over. With saved data the
  // app decides (resume or start), so Start shows "Opening…".
  var fresh = function () {
    try { return localStorage.getItem('ready-to-lead') === null; } catch (e) { return true; }
  };
  var focusHeading = function (heading) {
    if (!heading) return;
    heading.setAttribute('tabindex', '-1');
    heading.focus();
  };
  var show = function (section) {
    var intro = document.querySelector('#shell .intro');
    var first = document.querySelector('#shell [data-first-page]');
    intro.hidden = section !== intro;
    if (first) first.hidden = section !== first;
    window.scrollTo(0, 0);
    focusHeading(section.querySelector('h1'));
  };
  document.addEventListener('click', function (e) {
    if (!e.target.closest) return;
    var first = document.querySelector('#shell [data-first-page]');
    var asking = first && !first.hidden;
    if (e.target.closest('#shell [data-testid=start]')) {
      // Replaced, not added: Back from the first question goes to the start page.
      location.replace('#/start');
      if (first && fresh()) show(first);
      else root.classList.add('opening');
    } else if (e.target.closest('#shell [data-testid=next]')) {
      document.getElementById('shell').setAttribute('data-next', '');
      root.classList.add('opening');
    } else if (e.target.closest('#shell .skip-link')) {
      // To the heading, as the app's own skip link does ("#main" is no page of the app).
      e.preventDefault();
      focusHeading(document.querySelector('#shell main > :not([hidden]) h1'));
    } else if (e.target.closest('#shell input[type=file]')) {
      // Importing needs the app: until it runs, the file picker stays shut.
      e.preventDefault();
    } else if (asking && e.target.closest('#shell .brand')) {
      // Home, from the first page: the start page again, its answers kept for the next Start.
      e.preventDefault();
      location.replace('#/');
      show(document.querySelector('#shell .intro'));
    }
  });
  // If the app cannot start (its files failed to download, or this browser cannot run
  // WebAssembly), say so instead of waiting for ever. Only errors of this site's own scripts
  // before the app has taken over count (not, say, a browser extension's).
  addEventListener('error', function (e) {
    var note = document.querySelector('#shell .opening-note');
    if (!note || root.classList.contains('failed')) return;
    if (e.filename && e.filename.indexOf(location.origin + '/') !== 0) return;
    root.classList.add('failed');
    var add = function (tag, text) {
      var el = document.createElement(tag);
      el.textContent = text;
      return note.appendChild(el);
    };
    note.textContent = '';
    add('h1', 'Ready to Lead could not start');
    add('p', 'Part of it did not load. Check your connection and reload the page. If this keeps happening, this browser may not allow WebAssembly, which the app needs. Nothing you chose on this page was saved.');
    var reload = add('button', 'Reload');
    reload.type = 'button';
    reload.addEventListener('click', function () { location.reload(); });
    note.setAttribute('role', 'alert');
    root.classList.add('opening');
  });
  // What the static page can know before the app: an embedding site's role, the saved theme.
  document.addEventListener('DOMContentLoaded', function () {
    var role = on('embed') && query.get('role');
    var radio = role && document.querySelector('#shell input[name=target-role][value="' + CSS.escape(role) + '"]');
    if (radio) radio.checked = true;
    var toggle = document.querySelector('#shell .theme-toggle');
    if (toggle && (theme === 'light' || theme === 'dark')) toggle.textContent = 'Theme: ' + theme;
  });
})();
