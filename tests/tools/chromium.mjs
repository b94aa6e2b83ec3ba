// The Chromium the diagnostics and the benchmark launch: Debian's (npm cannot download browsers here), or
// CHROME_PATH; and the flags that keep its runs quiet and comparable (no GPU, no background traffic).
export const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
