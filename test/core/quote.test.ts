import fc from "fast-check";
import { formulaString, quoted, quotedList, quotedListInner } from "../../src/core/quote";

describe("quoting", () => {
  test("names in messages are in guillemets, lists joined by commas", () => {
    expect(quoted("Паспорт (2)")).toBe("«Паспорт (2)»");
    expect(quotedList(["Паспорт", "План"])).toBe("«Паспорт», «План»");
    expect(quotedList([])).toBe("");
  });

  test("the inside of a list for a message that brings its own outer quotes", () => {
    expect(quotedListInner(["A", "B"])).toEqual({ ru: "A», «B", en: "A”, “B" });
    expect(`«${quotedListInner(["A", "B"]).ru}»`).toBe(quotedList(["A", "B"]));
  });

  test("a formula string literal reads back as the text: quotes doubled, nothing else changed", () => {
    expect(formulaString('да, "нет"')).toBe('"да, ""нет"""');
    fc.assert(
      fc.property(fc.string(), (text) => {
        const lit = formulaString(text);
        // Excel reads a literal by dropping the outer quotes and halving each doubled quote
        const inner = lit.slice(1, -1);
        return lit.startsWith('"') && lit.endsWith('"') && !/(^|[^"])"(?!")/.test(inner.replace(/""/g, "")) && inner.replace(/""/g, '"') === text;
      }),
    );
  });
});
