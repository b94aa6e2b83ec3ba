// KORUS timeline (korus-timeline.csv). The first 24 rows have one text column: their short titles are ours
// and the description is the CSV's text. The rows added for 2016 and 2019–2026 write `event` as
// "title — description": the text before the first " — " is the title, the rest the description.
import { check, datePrecision } from './csv.mjs';
import { sourceIdFor } from './sources.mjs';

const SEPARATOR = ' — ';

const EVENT_TITLES = {
  '2006-02-02': 'Negotiations launched',
  '2007-04-01': 'Negotiations concluded',
  '2007-06-30': 'KORUS signed',
  '2010-12': 'Supplemental deal agreed',
  '2011-02': 'Revised text finalised',
  '2011-10-12': 'US Congress approves',
  '2011-11-22': 'Korea ratifies',
  '2012-02-21': 'Entry-into-force date set',
  '2012-03-15': 'KORUS in force',
  '2017-07-12': 'US requests Joint Committee',
  '2017-08-22': 'Joint Committee, 1st session',
  '2017-10-04': 'Joint Committee, 2nd session',
  '2018-01-05': 'Amendment talks, round 1',
  '2018-01-31': 'Amendment talks, round 2',
  '2018-03-26': 'Agreement in principle (Korea)',
  '2018-03-28': 'Joint statement on amendments',
  '2018-05-01': 'Steel quota expected',
  '2018-09-03': 'Amendment texts published',
  '2018-09-24': 'Revised KORUS signed',
  '2018-12-07': 'Korea ratifies amendments',
  '2018-12-21': 'US proclamation',
  '2019-01-01': 'Amended KORUS in force',
  '2022-03-15': 'Scheduled full tariff phase-out',
  2041: 'US pickup-truck tariff ends (scheduled)',
};
// Rows in the new format whose text has no " — ": the whole text is the description, the title is ours.
const SHORT_TITLES = {
  '2025-04-03': 'US 25% auto tariff takes effect',
  '2025-05-03': 'US 25% auto-parts tariff takes effect',
};
// Drawn and labelled on every time axis; the other events appear on request.
// 2025: the auto tariff taking effect and the U.S.–Korea deal, drawn at their month on the monthly chart.
const MILESTONES = new Set(['2007-06-30', '2012-03-15', '2019-01-01', '2025-04-03', '2025-07-30']);

export function buildEvents(readCsv) {
  const seen = new Map();
  return readCsv('korus-timeline.csv').map((r) => {
    const precision = datePrecision(r.date);
    const pattern = { day: /^\d{4}-\d{2}-\d{2}$/, month: /^\d{4}-\d{2}$/, year: /^\d{4}$/ }[precision];
    check(pattern.test(r.date), `Timeline date ${r.date} is not YYYY-MM-DD, YYYY-MM or YYYY`);
    let title = EVENT_TITLES[r.date];
    let description = r.event;
    if (!title) {
      const at = r.event.indexOf(SEPARATOR);
      if (at > 0) {
        title = r.event.slice(0, at).trim();
        description = r.event.slice(at + SEPARATOR.length).trim();
      } else {
        title = SHORT_TITLES[r.date];
      }
    }
    if (!title) throw new Error(`No title for event ${r.date}`);
    check(description.length > 0, `Event ${r.date} has no description`);
    // Two events can share a day (2026-02-20): the second gets a suffix, the first keeps the plain id.
    const n = (seen.get(r.date) ?? 0) + 1;
    seen.set(r.date, n);
    return {
      id: n === 1 ? `ev-${r.date}` : `ev-${r.date}-${n}`,
      date: r.date,
      precision,
      title,
      description,
      milestone: MILESTONES.has(r.date),
      sourceIds: sourceIdFor(r.source),
    };
  });
}
