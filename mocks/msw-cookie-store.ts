// Stands in for msw's cookie store (msw/lib/core/utils/cookieStore.mjs; vite.config.ts, plugin
// "korus-msw-cookie-store"). msw keeps the cookies its handlers set in a tough-cookie jar, and tough-cookie brings
// the public suffix list (tldts): 120 of the mock API chunk's 163 KB (gzip), downloaded and evaluated before the first
// request can be answered. This API sets no cookies and reads none (tests/unit/api-no-cookies.test.ts checks that
// no answer sets one), so the store stays empty.
export const cookieStore = {
  getCookies: (): { key: string; value: string }[] => [],
  setCookie: async (): Promise<void> => {},
};
