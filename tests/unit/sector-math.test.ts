// Sector arithmetic on reported figures: rankings and shares, the default selection, movers between two
// years, series with gaps, and effective duty rates. Expectations are computed from mocks/data, not typed in.
import { describe, it, expect } from 'vitest';
import { realDataset, sectorValues } from '../../mocks/db.ts';
import type { Flow, Sector, SectorValue } from '../../src/api/schemas.ts';
import {
  contextRows,
  isLowerBound,
  movers,
  orderTariffRows,
  ranking,
  sameYearFigures,
  seriesByYear,
  tariffRows,
  topSectorIds,
} from '../../src/features/sectors/sector-math.ts';
import { wrapLabel } from '../../src/features/sectors/list-chart.tsx';
import { assignSlots, PERIOD_COLORS, SECTOR_PALETTE, SERIES_COLORS } from '../../src/lib/colors.ts';

const { meta, sectors: catalogue } = realDataset;

const sectorsOf = (classification: string): Sector[] => catalogue.filter((s) => s.classification === classification);
const kindOf = (id: string) => catalogue.find((s) => s.id === id)?.kind;
const labelOf = (id: string) => catalogue.find((s) => s.id === id)?.label;

/** The rows the page receives from the API for one classification, flow and measure. */
const valuesOf = (classification: string, flow: Flow, measure?: string): SectorValue[] =>
  sectorValues(realDataset, { classification, flow, measure });

function flowInfo(classification: string, flow: Flow) {
  const info = meta.classifications.find((c) => c.id === classification)?.flows.find((f) => f.flow === flow);
  if (!info) throw new Error(`no ${flow} for ${classification}`);
  return info;
}

const usitc = sectorsOf('usitc-sectors');
const usitcValues = valuesOf('usitc-sectors', 'exports', 'value');
const usitcItemsIn = (year: number) => usitcValues.filter((v) => v.year === year && kindOf(v.sectorId) === 'item');
const usitcTotalIn = (year: number) => usitcValues.find((v) => v.year === year && kindOf(v.sectorId) === 'total');
/** Item ids of a year, largest value first (independent of the code under test). */
const idsByValue = (rows: SectorValue[]) => [...rows].sort((a, b) => b.value! - a.value!).map((r) => r.sectorId);

const value = (over: Partial<SectorValue> & Pick<SectorValue, 'sectorId' | 'year'>): SectorValue => ({
  period: 'Jan–Dec',
  partial: false,
  flow: 'exports',
  measure: 'value',
  value: null,
  sourceId: 'test',
  note: null,
  ...over,
});
const sector = (id: string, kind: Sector['kind'], label = id): Sector => ({
  id,
  kind,
  label,
  classification: 'test',
  description: '',
});

describe('data assumptions of these tests', () => {
  it('has USITC items for 2013–2017, a reported total for 2013 and 2014 only, and a complete classification', () => {
    expect(flowInfo('usitc-sectors', 'exports').years).toEqual([2013, 2014, 2015, 2016, 2017]);
    expect(flowInfo('usitc-sectors', 'exports').complete).toBe(true);
    for (const year of [2013, 2014, 2015, 2016, 2017]) {
      expect(usitcItemsIn(year).length).toBe(usitc.filter((s) => s.kind === 'item').length);
      expect(usitcItemsIn(year).every((v) => v.value !== null)).toBe(true);
    }
    expect(usitcTotalIn(2013)?.value).not.toBeNull();
    expect(usitcTotalIn(2016)).toBeUndefined();
  });
});

describe('ranking', () => {
  it('sorts the items of the year largest first and keeps the reported total out of the rows', () => {
    const r = ranking(usitcValues, usitc, 2013, true);
    expect(r.rows.map((row) => row.sectorId)).toEqual(idsByValue(usitcItemsIn(2013)));
    expect(r.rows.map((row) => row.sectorId)).not.toContain('usitc-total');
    expect(r.rows.every((row) => kindOf(row.sectorId) === 'item')).toBe(true);
    const values = r.rows.map((row) => row.value!);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(r.rows[0]!.label).toBe(labelOf(r.rows[0]!.sectorId));

    const total = usitcTotalIn(2013)!.value!;
    expect(r.total).toEqual(expect.objectContaining({ value: total, kind: 'reported', note: null }));
    for (const row of r.rows) expect(row.share).toBeCloseTo((row.value! / total) * 100, 10);
    expect(r.period).toBe('Jan–Dec');
    expect(r.partial).toBe(false);
  });

  it('uses the reported total even when the classification is not marked complete', () => {
    const r = ranking(usitcValues, usitc, 2014, false);
    expect(r.total).toEqual(
      expect.objectContaining({ value: usitcTotalIn(2014)!.value, kind: 'reported', note: null }),
    );
    expect(r.rows.map((row) => row.sectorId)).toEqual(idsByValue(usitcItemsIn(2014)));
  });

  it('takes the sum of the items as the total of a complete classification without a Total row', () => {
    const r = ranking(usitcValues, usitc, 2016, true);
    const sum = usitcItemsIn(2016).reduce((acc, v) => acc + v.value!, 0);
    expect(r.total).toEqual({ value: sum, kind: 'sum', note: null });
    expect(r.rows.map((row) => row.sectorId)).toEqual(idsByValue(usitcItemsIn(2016)));
    const shares = r.rows.map((row) => row.share!);
    expect(shares.every((s) => s > 0 && s < 100)).toBe(true);
    expect(Math.abs(shares.reduce((a, b) => a + b, 0) - 100)).toBeLessThanOrEqual(0.1);
    const top = r.rows[0]!;
    expect(top.share).toBeCloseTo((top.value! / sum) * 100, 10);
  });

  it('has no total and no shares for an incomplete classification without a Total row', () => {
    const r = ranking(usitcValues, usitc, 2016, false);
    expect(r.total).toBeNull();
    expect(r.rows.every((row) => row.share === null)).toBe(true);
    expect(r.rows).toHaveLength(usitcItemsIn(2016).length);

    const hsExports = valuesOf('hs-chapters', 'exports', 'value');
    const hs = ranking(hsExports, sectorsOf('hs-chapters'), 2016, flowInfo('hs-chapters', 'exports').complete);
    expect(hs.total).toBeNull();
    expect(hs.rows.map((row) => row.sectorId)).toEqual(idsByValue(hsExports.filter((v) => v.year === 2016)));
  });

  it('never ranks the HS total, and reports the partial period of Jan–Aug 2025', () => {
    const cif = valuesOf('hs-chapters', 'imports', 'cif-value');
    const r = ranking(cif, sectorsOf('hs-chapters'), 2025, true);
    const hsTotal = cif.find((v) => v.year === 2025 && v.sectorId === 'hs-total')!;
    expect(r.rows.map((row) => row.sectorId)).not.toContain('hs-total');
    expect(r.rows).toHaveLength(cif.filter((v) => v.year === 2025 && kindOf(v.sectorId) === 'item').length);
    expect(r.total).toEqual(expect.objectContaining({ value: hsTotal.value, kind: 'reported', note: null }));
    expect(r.partial).toBe(true);
    expect(r.period).toBe('Jan–Aug');
  });

  it('leaves out groups and puts items without a figure last', () => {
    const sectors = [
      sector('a', 'item', 'Alpha'),
      sector('b', 'item', 'Beta'),
      sector('c', 'item', 'Gamma'),
      sector('g', 'group'),
      sector('t', 'total'),
    ];
    const values = [
      value({ sectorId: 'a', year: 2020, value: null }),
      value({ sectorId: 'b', year: 2020, value: 10 }),
      value({ sectorId: 'c', year: 2020, value: 30 }),
      value({ sectorId: 'g', year: 2020, value: 40 }),
      value({ sectorId: 't', year: 2020, value: 50 }),
      value({ sectorId: 'b', year: 2021, value: 99 }),
    ];
    const r = ranking(values, sectors, 2020, true);
    expect(r.rows.map((row) => row.sectorId)).toEqual(['c', 'b', 'a']);
    expect(r.rows.map((row) => row.share)).toEqual([60, 20, null]);
    expect(r.total).toEqual(expect.objectContaining({ value: 50, kind: 'reported', note: null }));
  });

  it('has no rows and no total for a year without figures', () => {
    const r = ranking(usitcValues, usitc, 2012, true);
    expect(r.rows).toEqual([]);
    expect(r.total).toBeNull();
    expect(r.period).toBeNull();
  });
});

describe('topSectorIds', () => {
  it('gives the five largest items of the year, largest first', () => {
    for (const year of [2013, 2016, 2017]) {
      expect(topSectorIds(usitcValues, usitc, year)).toEqual(idsByValue(usitcItemsIn(year)).slice(0, 5));
    }
    expect(topSectorIds(usitcValues, usitc, 2016, 3)).toEqual(idsByValue(usitcItemsIn(2016)).slice(0, 3));
  });

  it('never picks the total, a group or an item without a figure', () => {
    const ag = sectorsOf('agriculture');
    const agValues = valuesOf('agriculture', 'exports', 'value');
    const ids = topSectorIds(agValues, ag, 2017);
    const expected = idsByValue(
      agValues.filter((v) => v.year === 2017 && kindOf(v.sectorId) === 'item' && v.value !== null),
    ).slice(0, 5);
    expect(ids).toEqual(expected);
    expect(ids.every((id) => kindOf(id) === 'item')).toBe(true);

    const sectors = [sector('a', 'item'), sector('b', 'item')];
    expect(
      topSectorIds(
        [value({ sectorId: 'a', year: 2020, value: null }), value({ sectorId: 'b', year: 2020, value: 1 })],
        sectors,
        2020,
      ),
    ).toEqual(['b']);
  });
});

describe('movers', () => {
  it('orders the USITC sectors by the size of their change from 2013 to 2017', () => {
    const rows = movers(usitcValues, usitc, 2013, 2017);
    const at = (id: string, year: number) => usitcItemsIn(year).find((v) => v.sectorId === id)!.value!;
    const expected = usitc
      .filter((s) => s.kind === 'item')
      .map((s) => ({ id: s.id, change: at(s.id, 2017) - at(s.id, 2013) }))
      .sort((a, b) => Math.abs(b.change) - Math.abs(a.change));
    expect(rows.map((r) => r.sectorId)).toEqual(expected.map((e) => e.id));
    expect(rows.map((r) => r.change)).toEqual(expected.map((e) => e.change));
    expect(rows.some((r) => r.change! < 0)).toBe(true);
    for (const r of rows) {
      expect(r.before).toBe(at(r.sectorId, 2013));
      expect(r.after).toBe(at(r.sectorId, 2017));
      expect(r.percent).toBeCloseTo(((r.after! - r.before!) / r.before!) * 100, 10);
      expect(r.label).toBe(labelOf(r.sectorId));
    }
    expect(rows.map((r) => r.sectorId)).not.toContain('usitc-total');
  });

  it('puts sectors missing one of the years last with a null change, and drops those missing both', () => {
    const ag = sectorsOf('agriculture');
    const agValues = valuesOf('agriculture', 'exports', 'value');
    const rows = movers(agValues, ag, 2016, 2023);
    const has = (id: string, year: number) =>
      agValues.some((v) => v.sectorId === id && v.year === year && v.value !== null);
    const items = ag.filter((s) => s.kind === 'item');
    const both = items.filter((s) => has(s.id, 2016) && has(s.id, 2023)).map((s) => s.id);
    const one = items.filter((s) => has(s.id, 2016) !== has(s.id, 2023)).map((s) => s.id);
    const neither = items.filter((s) => !has(s.id, 2016) && !has(s.id, 2023)).map((s) => s.id);
    expect(both.length).toBeGreaterThan(0);
    expect(one.length).toBeGreaterThan(0);
    expect(neither.length).toBeGreaterThan(0);

    expect(
      rows
        .slice(0, both.length)
        .map((r) => r.sectorId)
        .sort(),
    ).toEqual([...both].sort());
    expect(rows.slice(0, both.length).every((r) => r.change !== null)).toBe(true);
    const changes = rows.slice(0, both.length).map((r) => Math.abs(r.change!));
    expect(changes).toEqual([...changes].sort((a, b) => b - a));
    const tail = rows.slice(both.length);
    expect(tail.map((r) => r.sectorId).sort()).toEqual([...one].sort());
    expect(tail.every((r) => r.change === null && r.percent === null)).toBe(true);
    expect(tail.every((r) => (r.before === null) !== (r.after === null))).toBe(true);
    for (const id of neither) expect(rows.map((r) => r.sectorId)).not.toContain(id);
    // Totals and groups are not movers.
    expect(rows.every((r) => kindOf(r.sectorId) === 'item')).toBe(true);
  });

  it('measures the percent against the size of the earlier value and has none from zero', () => {
    const sectors = [sector('a', 'item'), sector('z', 'item'), sector('n', 'item')];
    const values = [
      value({ sectorId: 'a', year: 1, value: 200 }),
      value({ sectorId: 'a', year: 2, value: 150 }),
      value({ sectorId: 'z', year: 1, value: 0 }),
      value({ sectorId: 'z', year: 2, value: 10 }),
      value({ sectorId: 'n', year: 2, value: 1000 }),
    ];
    const rows = movers(values, sectors, 1, 2);
    expect(rows.map((r) => r.sectorId)).toEqual(['a', 'z', 'n']);
    expect(rows[0]).toMatchObject({ change: -50, percent: -25 });
    expect(rows[1]).toMatchObject({ change: 10, percent: null });
    expect(rows[2]).toMatchObject({ before: null, after: 1000, change: null, percent: null });
  });
});

describe('seriesByYear', () => {
  it('has one row per year from the first period to the last, with null where a sector has no figure', () => {
    const agValues = valuesOf('agriculture', 'exports', 'value');
    const periods = flowInfo('agriculture', 'exports').periods;
    const rows = seriesByYear(agValues, ['ag-pork', 'ag-beef'], periods);
    const first = periods[0]!.year;
    const years = Array.from({ length: periods.at(-1)!.year - first + 1 }, (_, i) => first + i);
    // Spaced by time: the years no period covers are rows too (empty), so the axis does not close the gap.
    expect(periods.map((p) => p.year)).not.toEqual(years);
    expect(rows.map((r) => r.year)).toEqual(years);
    expect(rows.map((r) => r.label)).toEqual(years.map(String));
    const porkYears = agValues.filter((v) => v.sectorId === 'ag-pork').map((v) => v.year);
    expect(porkYears.length).toBeGreaterThan(0);
    for (const row of rows) {
      const reported = agValues.find((v) => v.sectorId === 'ag-pork' && v.year === row.year);
      expect(row['ag-pork']).toBe(reported ? reported.value : null);
    }
    const gaps = rows.filter((r) => r['ag-pork'] === null).map((r) => r.year);
    expect(gaps).toEqual(years.filter((y) => !porkYears.includes(y)));
    expect(gaps).toEqual([2018, 2019, 2020, 2021, 2022]);
  });

  it('labels a partial year with its period and keeps full years plain', () => {
    const cif = valuesOf('hs-chapters', 'imports', 'cif-value');
    const periods = flowInfo('hs-chapters', 'imports').periods;
    const rows = seriesByYear(cif, ['hs-total'], periods);
    expect(rows.map((r) => r.label)).toEqual(['2023', '2024', '2025 (Jan–Aug)']);
    for (const row of rows)
      expect(row['hs-total']).toBe(cif.find((v) => v.sectorId === 'hs-total' && v.year === row.year)!.value);
  });

  it('has no sector columns without a selection', () => {
    const rows = seriesByYear(usitcValues, [], flowInfo('usitc-sectors', 'exports').periods);
    expect(rows.map((r) => Object.keys(r).sort())).toEqual(rows.map(() => ['label', 'year']));
  });
});

describe('tariffRows', () => {
  const hs = sectorsOf('hs-chapters');
  const imports = valuesOf('hs-chapters', 'imports');
  const years = flowInfo('hs-chapters', 'imports').years;
  const get = (id: string, year: number, measure: string) =>
    imports.find((v) => v.sectorId === id && v.year === year && v.measure === measure)?.value ?? null;
  const rows = tariffRows(imports, hs, years);

  it('has the total and every chapter with figures, and no group', () => {
    const withFigures = new Set(imports.map((v) => v.sectorId));
    expect(rows.map((r) => r.sectorId).sort()).toEqual([...withFigures].sort());
    expect(rows.map((r) => r.sectorId)).toContain('hs-total');
  });

  it('computes customs value as CIF minus charges and the rate as duties ÷ customs value', () => {
    let checked = 0;
    for (const row of rows) {
      for (const year of years) {
        const cell = row.byYear[year]!;
        const cif = get(row.sectorId, year, 'cif-value');
        const charges = get(row.sectorId, year, 'charges');
        const duties = get(row.sectorId, year, 'duties');
        expect(cell.duties).toBe(duties);
        if (cif === null || charges === null) {
          expect(cell.customsValue).toBeNull();
          expect(cell.rate).toBeNull();
          continue;
        }
        expect(cell.customsValue).toBeCloseTo(cif - charges, 9);
        if (duties !== null && cif - charges !== 0) {
          expect(cell.rate).toBeCloseTo((duties / (cif - charges)) * 100, 9);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(200);
  });

  it('agrees for 2023 with the customs value the source reports', () => {
    let checked = 0;
    for (const row of rows) {
      const reported = get(row.sectorId, 2023, 'customs-value');
      const duties = get(row.sectorId, 2023, 'duties');
      if (reported === null) continue;
      const cell = row.byYear[2023]!;
      expect(Math.abs(cell.customsValue! - reported)).toBeLessThan(1e-6);
      if (duties !== null && reported !== 0) {
        expect(Math.abs(cell.rate! - (duties / reported) * 100)).toBeLessThan(1e-6);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(50);
    const total = rows.find((r) => r.sectorId === 'hs-total')!.byYear[2023]!;
    expect(total.rate).toBeCloseTo(
      (get('hs-total', 2023, 'duties')! / get('hs-total', 2023, 'customs-value')!) * 100,
      6,
    );
  });

  it('leaves a chapter-year without figures null, never zero', () => {
    const missing = rows.flatMap((r) =>
      years.filter((y) => get(r.sectorId, y, 'cif-value') === null).map((y) => ({ r, y })),
    );
    expect(missing.length).toBeGreaterThan(0);
    for (const { r, y } of missing) expect(r.byYear[y]).toEqual({ duties: null, customsValue: null, rate: null });
  });
});

// ---------------------------------------------------------------------------------------------------------
// Context figures, scopes, tariff order, labels, colours

describe('contextRows', () => {
  const ag = valuesOf('agriculture', 'exports');
  it('keeps every year between the first and last reported one, the unreported ones as gaps', () => {
    const ids = ['ag-total', 'ag-related-total'];
    const reported = [...new Set(ag.filter((v) => ids.includes(v.sectorId)).map((v) => v.year))].sort((a, b) => a - b);
    const { rows, years, missing } = contextRows(ag, ids);
    expect(years).toEqual(reported);
    expect(rows.map((r) => r.year)).toEqual(
      Array.from({ length: reported.at(-1)! - reported[0]! + 1 }, (_, i) => reported[0]! + i),
    );
    expect(missing).toEqual(rows.map((r) => r.year).filter((y) => !reported.includes(y)));
    expect(missing.length).toBeGreaterThan(0);
    for (const y of missing)
      expect(rows.find((r) => r.year === y)!.values).toEqual({ 'ag-total': null, 'ag-related-total': null });
  });

  it('marks the figures a source gives as "more than" as lower bounds, and only those', () => {
    const { rows } = contextRows(ag, ['ag-beef']);
    const bounds = ag.filter((v) => v.sectorId === 'ag-beef' && isLowerBound(v.note)).map((v) => v.year);
    expect(bounds).toEqual([2022]);
    expect(rows.filter((r) => r.bound['ag-beef']).map((r) => r.year)).toEqual(bounds);
  });
});

describe('sameYearFigures', () => {
  it('pairs the USITC agricultural sector with the USTR agricultural total in the years both exist', () => {
    const usitcAg = usitcValues.filter((v) => v.sectorId === 'usitc-agricultural-products');
    const ustr = valuesOf('agriculture', 'exports').filter((v) => v.sectorId === 'ag-total');
    const pairs = sameYearFigures(
      usitcValues,
      'usitc-agricultural-products',
      valuesOf('agriculture', 'exports'),
      'ag-total',
    );
    const years = usitcAg.map((v) => v.year).filter((y) => ustr.some((u) => u.year === y));
    expect(pairs.map((p) => p.year)).toEqual(years);
    expect(pairs.at(-1)).toEqual({
      year: 2017,
      a: usitcAg.find((v) => v.year === 2017)!.value,
      b: ustr.find((v) => v.year === 2017)!.value,
    });
    expect(pairs.at(-1)!.a).not.toBe(pairs.at(-1)!.b);
  });
});

describe('orderTariffRows', () => {
  it('shows the chapters with the most duties, ordered by the rate the chart plots', () => {
    const info = flowInfo('hs-chapters', 'imports');
    const years = info.periods.map((p) => p.year);
    const last = years.at(-1)!;
    const rows = tariffRows(valuesOf('hs-chapters', 'imports'), sectorsOf('hs-chapters'), years);
    const { total, shown, rest } = orderTariffRows(rows, last, 12);
    expect(total?.sectorId).toBe('hs-total');
    expect(shown).toHaveLength(12);
    const duties = (r: (typeof rows)[number]) => r.byYear[last]?.duties ?? -1;
    const minShown = Math.min(...shown.map(duties));
    expect(rest.every((r) => duties(r) <= minShown)).toBe(true);
    const rates = shown.map((r) => r.byYear[last]!.rate!);
    expect(rates).toEqual([...rates].sort((a, b) => b - a));
  });
});

describe('wrapLabel', () => {
  it('wraps at word breaks into two lines and marks a cut with an ellipsis', () => {
    expect(wrapLabel('Machinery', 19)).toEqual(['Machinery']);
    expect(wrapLabel('Chemicals and related products', 19)).toEqual(['Chemicals and', 'related products']);
    const lines = wrapLabel('HS 85 Electrical machinery and equipment and parts thereof', 19);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe('HS 85 Electrical');
    expect(lines[1]!.endsWith('…')).toBe(true);
    expect(lines.every((l) => l.length <= 19)).toBe(true);
    // More of the name is readable than a 16-character cut.
    expect(lines.join(' ').length).toBeGreaterThan(30);
  });
});

/** CIE ΔE (1976) between two sRGB colours: enough to tell "near" from "far". */
function deltaE(a: string, b: string): number {
  const lab = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
    const x = f((0.4124 * r + 0.3576 * g + 0.1805 * bl) / 0.95047);
    const y = f(0.2126 * r + 0.7152 * g + 0.0722 * bl);
    const z = f((0.0193 * r + 0.1192 * g + 0.9505 * bl) / 1.08883);
    return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
  };
  const [l1, a1, b1] = lab(a);
  const [l2, a2, b2] = lab(b);
  return Math.hypot(l1! - l2!, a1! - a2!, b1! - b2!);
}
const contrastOnWhite = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 1.05 / (0.2126 * r + 0.7152 * g + 0.0722 * b + 0.05);
};

describe('sector and period colours', () => {
  const flows = [
    SERIES_COLORS.exports,
    SERIES_COLORS.imports,
    SERIES_COLORS.balance,
    SERIES_COLORS.goods,
    SERIES_COLORS.services,
  ];
  it('keep clear of the five colours of meaning', () => {
    for (const c of [...SECTOR_PALETTE, ...PERIOD_COLORS]) {
      for (const f of flows) expect(deltaE(c, f), `${c} vs ${f}`).toBeGreaterThan(25);
    }
  });
  it('differ from each other and stand out on white', () => {
    SECTOR_PALETTE.forEach((c, i) => {
      expect(contrastOnWhite(c), c).toBeGreaterThanOrEqual(3);
      for (const d of SECTOR_PALETTE.slice(i + 1)) expect(deltaE(c, d), `${c} vs ${d}`).toBeGreaterThan(15);
    });
    expect(new Set(SECTOR_PALETTE).size).toBe(SECTOR_PALETTE.length);
  });
});

describe('assignSlots', () => {
  it("keeps a sector's slot while it stays selected, whatever else is added or removed", () => {
    const first = assignSlots(new Map(), ['a', 'b', 'c']);
    expect([first.get('a'), first.get('b'), first.get('c')]).toEqual([0, 1, 2]);
    const removed = assignSlots(first, ['b', 'c']);
    expect([removed.get('b'), removed.get('c')]).toEqual([1, 2]);
    const added = assignSlots(removed, ['b', 'c', 'd']);
    expect(added.get('d')).not.toBe(1);
    expect(added.get('d')).not.toBe(2);
    // A sector selected again gets its old slot back when nobody took it.
    expect(assignSlots(added, ['a', 'b', 'c', 'd']).get('a')).toBe(0);
  });
  it('never gives two selected sectors the same slot', () => {
    let slots = new Map<string, number>();
    const ids = Array.from({ length: 12 }, (_, i) => `s${i}`);
    slots = assignSlots(slots, ids.slice(0, 6));
    slots = assignSlots(slots, ids.slice(3, 12));
    const used = ids.slice(3, 12).map((id) => slots.get(id));
    expect(new Set(used).size).toBe(used.length);
  });
});
