// The heading and lede of each page, in one place: the pages render them (components/page-header.tsx) and the
// build writes them into each route's HTML (app/static-shell.ts), so that they show before the app's code has
// run and the page's first render puts the same text in the same place.

/** A run of the lede's text, or code set as code. */
export type LedePart = string | { code: string };

export interface PageHead {
  /** The document title's first part ("… · KORUS Lens"). */
  title: string;
  heading: string;
  lede: readonly LedePart[];
}

export const PAGE_HEADS = {
  '/': {
    title: 'Overview',
    heading: 'US–South Korea trade under KORUS',
    lede: [
      'How US trade with South Korea moved before and after the KORUS free trade agreement took effect on 15 March 2012 and after its amended version took effect on 1 January 2019, by sector, and next to what experts claimed.',
    ],
  },
  '/trends': {
    title: 'Trade trends',
    heading: 'Trade trends',
    lede: [
      'US trade with South Korea before and after KORUS took effect (15 March 2012) and after the amended agreement (1 January 2019). Choose a range with the filters or the brush under the chart; click a year to see its sectors.',
    ],
  },
  '/sectors': {
    title: 'Sectors',
    heading: 'Sector breakdowns',
    lede: [
      'Which products make up US trade with South Korea, which drive the deficit, how they shifted after KORUS, and which moved most. Each classification is its own system: figures of different classifications or bases are never added together.',
    ],
  },
  '/viewpoints': {
    title: 'Expert viewpoints',
    heading: 'Expert viewpoints',
    lede: [
      'The KORUS debate of January 2018 set President Trump’s description of the deal (“horrible”, a “job killer”) against analysts such as Troy Stangarone and Phil Eskeland (KEI) and Krystal Tan (Capital Economics). See who said what, when and on which topic, and check a claim against the figures. Quotes are verbatim and in quotation marks; everything else is a paraphrase and marked as one.',
    ],
  },
  '/data': {
    title: 'Data and sources',
    heading: 'Data and sources',
    lede: [
      "Every data set this dashboard serves, with its coverage, basis, unit, publisher, vintage and caveats. Each downloads as a CSV that starts with '#' lines naming its sources (read it with pandas ",
      { code: "read_csv(f, comment='#')" },
      '); the ZIP holds them all and SOURCES.md, which says how each file was made.',
    ],
  },
} as const satisfies Record<string, PageHead>;

export type PagePath = keyof typeof PAGE_HEADS;

/** A page's document title. */
export const pageTitle = (title: string) => `${title} · KORUS Lens`;
