// Runs as the HTML is parsed, before the app's code has arrived, and starts what the opened page will need
// (the build writes the lists into this script tag's data attributes; vite.config.ts, plugin "korus-boot"):
// - data-routes: the code (and stylesheets) of each route's page and first chart, so it downloads with the entry
//   instead of after the entry has run (one round trip less before the page and its chart can draw);
// - data-mock-worker: the mock API's service worker, when no real API is configured. A first registration
//   (fetch, install, activate) takes a while and lies on the path of every first request; src/main.tsx takes
//   the registration over (registering the same script again returns it);
// - data-mock-api, data-mock-data: the mock API's chunk (msw and the handlers) and the small chunk that loads the
//   opened view's data files (mocks/first-chart-data.ts), with the worker.
(function () {
  var script = document.currentScript;
  if (!script) return;
  var base = script.dataset.base || '/';
  try {
    var routes = JSON.parse(script.dataset.routes || '{}');
    var path = location.pathname.slice(base.length - 1).replace(/\/+$/, '') || '/';
    (routes[path] || []).forEach(function (file) {
      var link = document.createElement('link');
      link.rel = /\.css$/.test(file) ? 'stylesheet' : 'modulepreload';
      link.crossOrigin = '';
      link.href = base + file;
      document.head.appendChild(link);
    });
  } catch {
    // Only a head start: the app loads its code itself.
  }
  if (script.dataset.mockWorker && 'serviceWorker' in navigator) {
    navigator.serviceWorker.register(base + script.dataset.mockWorker).catch(function () {
      // src/main.tsx registers again and reports a failure.
    });
    // The mock API's code is asked for now and evaluated as soon as it arrives, while the app's own code is still
    // on its way: msw's start (src/start-mock-api.ts gets the same module) then no longer waits behind the page's
    // first render. The opened view's data files start loading too. A failure here is reported by the app.
    var ignore = function () {};
    if (script.dataset.mockApi) import(base + script.dataset.mockApi).catch(ignore);
    if (script.dataset.mockData) {
      import(base + script.dataset.mockData)
        .then(function (data) {
          data.loadFirstChartData();
        })
        .catch(ignore);
    }
  }
})();
