import { formatNumberRu, parseNumber } from "../../../src/core/numbers";

describe("parseNumber reads numbers as staff write them", () => {
  it.each([
    ["1440,00", 1440],
    ["1 440,5", 1440.5],
    ["1\u00a0440,5", 1440.5],
    ["12 345 678,9", 12345678.9],
    ["4464.00", 4464],
    ["0,00", 0],
    ["-5", -5],
    ["−3,5", -3.5],
    [" 25 ", 25],
    [",5", 0.5],
  ])("«%s» → %d", (text, value) => {
    expect(parseNumber(text)).toEqual({ kind: "number", value, percent: false });
  });

  it("reads percents as percent points", () => {
    expect(parseNumber("85%")).toEqual({ kind: "number", value: 85, percent: true });
    expect(parseNumber("3,5 %")).toEqual({ kind: "number", value: 3.5, percent: true });
  });

  it("reads a real number as it is and a fraction under a percent format as percent points", () => {
    expect(parseNumber(136)).toEqual({ kind: "number", value: 136, percent: false });
    expect(parseNumber(0.85, "0%")).toEqual({ kind: "number", value: 85, percent: true });
  });

  it("keeps a unit word after the number", () => {
    expect(parseNumber("25 чел.")).toEqual({ kind: "number", value: 25, percent: false, unit: "чел." });
    expect(parseNumber("1440,00 тыс. руб.")).toMatchObject({ kind: "number", value: 1440 });
  });

  it("reads empty cells and a lone dash as empty", () => {
    expect(parseNumber("")).toEqual({ kind: "empty", dash: false });
    expect(parseNumber(null)).toEqual({ kind: "empty", dash: false });
    expect(parseNumber("   ")).toEqual({ kind: "empty", dash: false });
    expect(parseNumber("‒")).toEqual({ kind: "empty", dash: true });
    expect(parseNumber("-")).toEqual({ kind: "empty", dash: true });
  });

  it.each(["около 50", "5-7", "5 7", "1,2,3", "много", "1.440,50"])("does not guess: «%s» is text", (text) => {
    expect(parseNumber(text)).toEqual({ kind: "text", text });
  });

  it("treats booleans and non-finite numbers as text", () => {
    expect(parseNumber(true).kind).toBe("text");
    expect(parseNumber(NaN).kind).toBe("text");
  });

  it("formats numbers the Russian way", () => {
    expect(formatNumberRu(4464, 2)).toBe("4464,00");
    expect(formatNumberRu(12345.5, 2)).toBe("12\u00a0345,50");
    expect(formatNumberRu(-3)).toBe("−3");
  });
});
