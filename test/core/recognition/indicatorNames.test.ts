/** An indicator named «Показатель 1: …» is an indicator, not the header row of the indicator table. */
import fc from "fast-check";
import type { Passport } from "../../../src/core/model";
import { recognizeSheet } from "../../../src/core/recognition";
import { Grid } from "../../../src/core/recognition/grid";
import { readIndicators } from "../../../src/core/recognition/passport/indicators";
import type { RecognitionNote } from "../../../src/core/recognition/types";
import { PASSPORT_ROW as R, seedLikePassportSheet, sheet } from "../../fixtures/seedLike";

const SPELLINGS = [
  "Показатель 1: доля педагогов, прошедших обучение",
  "Показатель 2. Число школ с электронными журналами",
  "Показатель №3 – охват детей кружками",
  "Показатель № 4 - количество методических семинаров",
  "показатель 5) доля выпускников, поступивших в колледжи",
  "ПОКАЗАТЕЛЬ 6: число открытых уроков",
  "Показатель 1.1. Доля классов с интерактивными досками",
];

function indicatorsOf(names: string[]) {
  const edits: [number, number, string][] = names.map((n, i) => [R.indicator1 + i, 0, n]);
  const r = recognizeSheet(seedLikePassportSheet({ edits }));
  expect(r.kind).toBe("passport");
  return (r.document as Passport).indicators!;
}

describe("indicator names that begin with «Показатель N»", () => {
  it.each(SPELLINGS)("«%s» in the first row is read as an indicator, the real header rows as headers", (name) => {
    const t = indicatorsOf([name]);
    expect(t.indicators.map((i) => i.row)).toEqual([R.indicator1, R.indicator2, R.indicator3]);
    expect(t.indicators[0].name.text).toBe(name);
    expect(t.indicators[0].base?.number).toEqual({ kind: "number", value: 85, percent: true });
    expect(t.baseYear).toBe(2016);
    expect(t.periods.map((p) => [p.year, p.quarter])).toEqual([
      [2017, 1],
      [2017, 2],
      [2017, 3],
      [2017, 4],
    ]);
  });

  it("reads every indicator when all three are numbered labels", () => {
    const names = SPELLINGS.slice(0, 3);
    const t = indicatorsOf(names);
    expect(t.indicators.map((i) => i.name.text)).toEqual(names);
    expect(t.indicators[2].plan.map((v) => v.value.text)).toEqual(["", "1", "7", "7"]);
  });

  it("reads a numbered-label indicator with no values yet as an indicator", () => {
    const s = seedLikePassportSheet({
      edits: [
        [R.indicator1, 0, "Показатель 1: доля педагогов-наставников"],
        [R.indicator1, 1, ""],
        [R.indicator1, 3, ""],
        [R.indicator1, 4, ""],
        [R.indicator1, 5, ""],
      ],
    });
    const t = (recognizeSheet(s).document as Passport).indicators!;
    expect(t.indicators.map((i) => i.row)).toEqual([R.indicator1, R.indicator2, R.indicator3]);
  });

  describe("a table with its own header row («№ п/п | Наименование показателя | …»)", () => {
    const rows = [
      ["Показатели муниципального проекта"],
      ["№ п/п", "Наименование показателя", "Ед. изм.", "Базовое значение (2023 год)", "2024 год", "2025 год"],
      ["", "Показатель 1: доля педагогов с высшей категорией", "%", "40", "45", "50"],
      ["", "Показатель 2. Число сетевых площадок", "ед.", 3, 4, 6],
    ];
    const read = (rs: (string | number)[][]) => {
      const grid = new Grid(sheet("Паспорт", rs));
      const notes: RecognitionNote[] = [];
      const t = readIndicators(grid, { kind: "indicators", ref: { top: 0, left: 0, bottom: rs.length - 1, right: 5 }, label: { row: 0, col: 0 } }, notes);
      return t;
    };

    it("keeps the header row as the header and reads both indicators", () => {
      const t = read(rows);
      expect(t.periods.map((p) => [p.col, p.year])).toEqual([
        [4, 2024],
        [5, 2025],
      ]);
      expect(t.baseCol).toBe(3);
      expect(t.indicators.map((i) => [i.row, i.name.col, i.unit, i.plan.map((v) => v.value.text)])).toEqual([
        [2, 1, "%", ["45", "50"]],
        [3, 1, "ед.", ["4", "6"]],
      ]);
    });

    it("a header row is still a header when the name column says «Показатель»", () => {
      const t = read([rows[0], ["№", "Показатель", "Единица измерения", "Базовое значение", "2024 год", "2025 год"], ...rows.slice(2)]);
      expect(t.periods.map((p) => p.year)).toEqual([2024, 2025]);
      expect(t.indicators.map((i) => i.name.text)).toEqual([rows[2][1], rows[3][1]]);
    });
  });

  it("property: any «Показатель N<sep>» name with values is an indicator, never a header", () => {
    const sep = fc.constantFrom(":", ".", " –", " -", ")", "");
    const num = fc.constantFrom("№", "№ ", "");
    const word = fc.constantFrom("Показатель", "показатель", "ПОКАЗАТЕЛЬ", "Показатели");
    const rest = fc.constantFrom(" доля педагогов", " число школ", " охват детей", "");
    fc.assert(
      fc.property(word, num, fc.integer({ min: 1, max: 99 }), sep, rest, (w, n, k, s, tail) => {
        const name = `${w} ${n}${k}${s}${tail}`;
        const t = indicatorsOf([name, `${w} ${n}${k + 1}${s}${tail}`]);
        expect(t.indicators.map((i) => i.row)).toEqual([R.indicator1, R.indicator2, R.indicator3]);
        expect(t.indicators[0].name.text).toBe(name);
        expect(t.periods).toHaveLength(4);
      }),
      { numRuns: 150 },
    );
  });
});
