/**
 * The invented example must be free of what docs/DOMAIN.md calls an error, and its three documents must agree:
 * these tests hold the example data to the domain's checks directly.
 */
import { compareYMD, lastDayOfMonth, parsePeriod, periodBounds, type YMD } from "../../../src/core/periods";
import { EXAMPLE, EXAMPLE_TERM, PEOPLE, type ExampleItem } from "../../../src/core/templates/example";
import { LISTS } from "../../../src/core/templates/strings";

const TERM = {
  start: { year: EXAMPLE_TERM.start.year, month: EXAMPLE_TERM.start.month, day: 1 },
  end: { year: EXAMPLE_TERM.end.year, month: EXAMPLE_TERM.end.month, day: lastDayOfMonth(EXAMPLE_TERM.end.year, EXAMPLE_TERM.end.month) },
};

const inTerm = (d: YMD) => compareYMD(TERM.start, d) <= 0 && compareYMD(d, TERM.end) <= 0;
const monthStart = (ym: { year: number; month: number }): YMD => ({ ...ym, day: 1 });
const monthEnd = (ym: { year: number; month: number }): YMD => ({ ...ym, day: lastDayOfMonth(ym.year, ym.month) });

/** "1.2" is a child of "1"; numbering in document order: 1, 1.1, 1.2, 2, 2.1 … */
function parent(num: string): string | undefined {
  const i = num.lastIndexOf(".");
  return i < 0 ? undefined : num.slice(0, i);
}

function expectHierarchicalOrder(nums: string[]): void {
  const last = new Map<string | undefined, number>();
  for (const n of nums) {
    const p = parent(n);
    if (p !== undefined) expect(nums.slice(0, nums.indexOf(n))).toContain(p);
    const k = Number(n.slice(n.lastIndexOf(".") + 1));
    expect({ n, k }).toEqual({ n, k: (last.get(p) ?? 0) + 1 });
    last.set(p, k);
  }
}

describe("the example plan", () => {
  const activities = EXAMPLE.plan.flat();

  test.each(["ru", "en"] as const)("every period (%s) parses to exactly its start and end dates, inside the term", (lang) => {
    for (const a of activities) {
      const r = parsePeriod(a.period[lang], { term: TERM });
      expect({ text: a.period[lang], ok: r.ok }).toEqual({ text: a.period[lang], ok: true });
      if (!r.ok) continue;
      expect({ text: a.period[lang], bounds: periodBounds(r.period) }).toEqual({ text: a.period[lang], bounds: { start: a.start, end: a.end } });
      expect(inTerm(a.start) && inTerm(a.end)).toBe(true);
    }
  });

  test("has activities in every section, whole non-negative participants and a responsible person each", () => {
    expect(EXAMPLE.plan.length).toBe(LISTS.Sections.ru.length);
    for (const section of EXAMPLE.plan) expect(section.length).toBeGreaterThan(0);
    for (const a of activities) {
      expect(Number.isInteger(a.count) && a.count >= 0).toBe(true);
      expect(PEOPLE[a.responsible]).toBeDefined();
      expect(LISTS.Categories.ru[a.category]).toBeDefined();
    }
  });

  test("writes periods as people do: a month, a range, sessions, «в течение года», a recurrence", () => {
    const texts = activities.map((a) => a.period.ru);
    expect(texts).toEqual(expect.arrayContaining(["Январь 2026 г.", "Февраль - март 2026 г.", "В течение года", "Март 2026 г. Июнь 2026 г. Октябрь 2026 г."]));
    expect(texts).toContainEqual(expect.stringMatching(/^По плану/));
  });
});

describe("the example passport", () => {
  test("indicators have a base and a plan for every quarter, moving in the indicator's direction", () => {
    for (const ind of EXAMPLE.indicators) {
      expect(ind.plan.length).toBe(4);
      const series = [ind.base, ...ind.plan];
      for (let i = 1; i < series.length; i++) {
        const step = series[i] - series[i - 1];
        expect({ name: ind.name.ru, i, moves: ind.direction === 0 ? step > 0 : step < 0 }).toEqual({ name: ind.name.ru, i, moves: true });
      }
      expect(LISTS.Units.ru[ind.unit]).toBeDefined();
    }
  });

  test("financing is non-negative", () => {
    expect(EXAMPLE.financing.length).toBe(LISTS.Sources.ru.length);
    for (const row of EXAMPLE.financing) for (const v of row) expect(v).toBeGreaterThanOrEqual(0);
  });

  test("stages are numbered in order, each has a control point inside it, all inside the term", () => {
    const nums = EXAMPLE.stages.map((s) => s.num);
    expectHierarchicalOrder(nums);
    for (const s of EXAMPLE.stages) {
      expect(compareYMD(monthStart(s.start), monthStart(s.end))).toBeLessThanOrEqual(0);
      expect(inTerm(monthStart(s.start)) && inTerm(monthEnd(s.end))).toBe(true);
      const p = parent(s.num);
      if (p === undefined) {
        expect(EXAMPLE.stages.map((c) => parent(c.num))).toContain(s.num);
      } else {
        const stage = EXAMPLE.stages.find((x) => x.num === p)!;
        expect(compareYMD(monthStart(stage.start), monthStart(s.start))).toBeLessThanOrEqual(0);
        expect(compareYMD(monthStart(s.end), monthStart(stage.end))).toBeLessThanOrEqual(0);
      }
    }
  });

  test("the approval date lies in the month of control point 1.1 «Паспорт проекта утверждён»", () => {
    const cp = EXAMPLE.stages.find((s) => s.num === "1.1")!;
    expect([EXAMPLE.approvalDate.year, EXAMPLE.approvalDate.month]).toEqual([cp.end.year, cp.end.month]);
    expect(cp.done).toEqual(EXAMPLE.approvalDate);
  });
});

describe("the example calendar plan", () => {
  const items = EXAMPLE.schedule;
  const byNum = new Map(items.map((i) => [i.num, i]));

  test("is numbered stage → activity → control point, in order, and each item lies inside its parent and the term", () => {
    expectHierarchicalOrder(items.map((i) => i.num));
    for (const it of items) {
      expect(it.level).toBe(it.num.split(".").length - 1);
      expect(compareYMD(it.start, it.end)).toBeLessThanOrEqual(0);
      expect(inTerm(it.start) && inTerm(it.end)).toBe(true);
      if (it.done) expect(inTerm(it.done)).toBe(true);
      const p = parent(it.num);
      if (p === undefined) continue;
      const up = byNum.get(p)!;
      expect({ it: it.num, inside: compareYMD(up.start, it.start) <= 0 && compareYMD(it.end, up.end) <= 0 }).toEqual({ it: it.num, inside: true });
    }
  });

  test("every stage has a control point", () => {
    const stages = items.filter((i) => i.level === 0);
    for (const s of stages) expect({ stage: s.num, controlPoints: items.filter((i: ExampleItem) => i.level === 2 && i.num.startsWith(`${s.num}.`)).length }).not.toMatchObject({ controlPoints: 0 });
  });

  test("expands the passport's stages over the same months", () => {
    const passportStages = EXAMPLE.stages.filter((s) => parent(s.num) === undefined);
    const stages = items.filter((i) => i.level === 0);
    expect(stages.length).toBe(passportStages.length);
    stages.forEach((s, i) => {
      const p = passportStages[i];
      expect([s.start.month, s.end.month]).toEqual([p.start.month, p.end.month]);
    });
  });
});

describe("the example people", () => {
  test("each person keeps one obviously fake phone, different from everyone else's", () => {
    const phones = Object.values(PEOPLE).map((p) => p.phone);
    expect(new Set(phones).size).toBe(phones.length);
    for (const phone of phones) expect(phone).toMatch(/^8 \(800\) 000-00-\d\d$/);
  });
});
