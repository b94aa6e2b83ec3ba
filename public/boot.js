// Runs as the HTML is parsed. The route's HTML already holds the page's header (src/app/static-shell.ts); this
// script lets the browser paint it first, then starts what the opened page needs (the build writes the lists
// into this script tag's data attributes; vite.config.ts, plugin "korus-boot"):
// - data-entry: the app's entry (the HTML only preloads it);
// - data-routes: the code (and stylesheets) of each route's page and first chart, so it downloads with the entry
//   instead of after the entry has run (one round trip less before the page and its chart can draw);
// - data-mock-worker: the mock API's service worker, when no real API is configured. A first registration
//   (fetch, install, activate) takes a while and lies on the path of every first request; this script hands the
//   registration to msw's start (below);
// - data-mock-api, data-mock-data: the mock API's chunk (msw and the handlers) and the small chunk that loads the
//   opened view's data files (mocks/first-chart-data.ts), with the worker; data-mock-preload: what those two
//   import (found only once they are parsed, which waits for the main thread).
// Why after the first paint: started with the HTML, ~300 KB of chart and mock code shared the connection with
// the stylesheet and the entry, and their evaluation held the header back (~0.3 s on a phone); the page's first
// chart is drawn no later for it (measured: bench/README).
(function () {
  var script = document.currentScript;
  if (!script) return;
  var base = script.dataset.base || '/';
  // Each route's HTML carries its page's header (data-shell: the route it was written for). index.html is also
  // the answer for any other path: there the overview's header must not show (the app draws that path's page).
  var html = document.documentElement;
  var shell = html.dataset.shell;
  var here = location.pathname.slice(base.length - 1).replace(/\/+$/, '') || '/';
  if (shell && shell !== here) {
    html.setAttribute('data-shell-off', '');
    document.title = 'KORUS Lens';
  }
  var ignore = function () {};

  var start = function () {
    // Only a head start: should a list not parse, the app loads its code itself.
    var preload = function (files) {
      (Array.isArray(files) ? files : []).forEach(function (file) {
        var link = document.createElement('link');
        link.rel = /\.css$/.test(file) ? 'stylesheet' : 'modulepreload';
        link.crossOrigin = '';
        link.href = base + file;
        document.head.appendChild(link);
      });
    };
    var list = function (json) {
      try {
        return JSON.parse(json || 'null');
      } catch {
        return null;
      }
    };
    preload((list(script.dataset.routes) || {})[here]);
    if (script.dataset.mockWorker && 'serviceWorker' in navigator) {
      preload(list(script.dataset.mockPreload));
      var registration = navigator.serviceWorker.register(base + script.dataset.mockWorker);
      registration.catch(ignore);
      // The mock API starts as soon as its code has run, not when the app asks for it: the app's own import of
      // it resolved only after the page's first render. The app's requests wait for this promise
      // (src/start-mock-api.ts), which also reports a failure.
      if (script.dataset.mockApi) {
        var mockApi = import(base + script.dataset.mockApi).then(function (mock) {
          return mock.startMockApi(registration);
        });
        mockApi.catch(ignore);
        window.korusBoot = { mockApi: mockApi };
      }
      // The opened view's data files start loading too.
      if (script.dataset.mockData) {
        import(base + script.dataset.mockData)
          .then(function (data) {
            data.loadFirstChartData();
          })
          .catch(ignore);
      }
    }
    if (script.dataset.entry) {
      import(base + script.dataset.entry).catch(function (error) {
        console.error(error);
        var root = document.getElementById('root');
        if (!root) return;
        var element = function (tag, className, text) {
          var node = document.createElement(tag);
          if (className) node.className = className;
          if (text) node.textContent = text;
          return node;
        };
        var notice = element('div', 'notice notice--error');
        notice.setAttribute('role', 'alert');
        notice.append(
          element('h1', '', 'The dashboard could not load'),
          element('p', '', 'Its code did not arrive. Check the connection and reload the page.'),
        );
        var main = element('main', 'page page--narrow');
        main.append(notice);
        root.replaceChildren(main);
      });
    }
  };

  var started = false;
  var startOnce = function () {
    if (started) return;
    started = true;
    start();
  };
  // A timeout set in the next frame runs after that frame's paint. A hidden tab paints no frame; and should the
  // stylesheet take long, the app does not wait more than a second for it.
  if (document.visibilityState === 'hidden') startOnce();
  else {
    requestAnimationFrame(function () {
      setTimeout(startOnce, 0);
    });
    setTimeout(startOnce, 1000);
  }
})();
