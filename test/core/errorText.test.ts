import { carriedText, plainDetail, thrownCode, thrownMessage } from "../../src/core/errorText";

describe("error text", () => {
  test("the message of anything thrown", () => {
    expect(thrownMessage(new TypeError("x is undefined"))).toBe("x is undefined");
    expect(thrownMessage({ message: "GeneralException", code: "GeneralException" })).toBe("GeneralException");
    expect(thrownMessage("plain")).toBe("plain");
    expect(thrownMessage(undefined)).toBe("undefined");
    expect(thrownCode({ code: "ItemNotFound" })).toBe("ItemNotFound");
    expect(thrownCode(new Error("x"))).toBe("");
  });

  test("the words an error already carries: text first, then reason", () => {
    const t = { ru: "Лист защищён", en: "Sheet is protected" };
    expect(carriedText(Object.assign(new Error("x"), { text: t }))).toEqual(t);
    expect(carriedText(Object.assign(new Error("x"), { reason: t }))).toEqual(t);
    expect(carriedText(Object.assign(new Error("x"), { text: "not a Text" }))).toBeNull();
    expect(carriedText(new Error("x"))).toBeNull();
    expect(carriedText(null)).toBeNull();
  });

  test("a plain detail has no stack frames, no script paths with positions, and a bound", () => {
    expect(plainDetail("x is undefined\n    at f (a.js:1:2)")).toBe("x is undefined");
    expect(plainDetail("Cannot read 'a' (https://host/engine.3f2a.js:1:4051)")).toBe("Cannot read 'a'");
    expect(plainDetail("boom at Object.run (engine.mjs:3:4)")).toBe("boom");
    expect(plainDetail("\n    at g (b.js:2:3)\nreal message")).toBe("real message");
    expect(plainDetail("x".repeat(500)).length).toBe(300);
    expect(plainDetail("x".repeat(500), 200).length).toBe(200);
  });
});
