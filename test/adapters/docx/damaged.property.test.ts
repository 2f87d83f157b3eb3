/**
 * Property: a damaged .docx (bytes overwritten anywhere, or cut short) is never a crash: the reader either
 * reads it or refuses it with a DocxReadError whose reason is a sentence for people.
 */
import fc from "fast-check";
import { DocxReadError, readDocx } from "../../../src/adapters/docx";
import { seedScheduleDocx } from "../../fixtures/docx/seeds";

let original: Uint8Array;
beforeAll(async () => {
  original = new Uint8Array(await seedScheduleDocx());
});

function outcome(bytes: Uint8Array): "read" | "refused" {
  try {
    readDocx(bytes);
    return "read";
  } catch (e) {
    if (e instanceof DocxReadError && e.reason.ru.length > 5 && e.reason.en.length > 5) return "refused";
    throw e;
  }
}

test("overwritten bytes: read or refused with a reason, never another error", () => {
  fc.assert(
    fc.property(fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }), (edits) => {
      const bytes = original.slice();
      for (const [at, value] of edits) bytes[at % bytes.length] = value;
      expect(["read", "refused"]).toContain(outcome(bytes));
    }),
    { numRuns: 150 },
  );
});

test("cut short anywhere: refused with a reason", () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 10_000 }), (n) => {
      const cut = original.subarray(0, n % original.length);
      expect(outcome(cut)).toBe("refused");
    }),
    { numRuns: 60 },
  );
});
