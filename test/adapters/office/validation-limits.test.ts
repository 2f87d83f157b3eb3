/**
 * Excel keeps a validation's prompt and error titles to 32 characters, the prompt to 255 and the error
 * message to 225: the Office adapter clips longer texts exactly as the xlsx adapter does, so a template
 * whose title is a little too long makes the same sheet on both paths (found by test/integration/parity).
 */
import { applySheetPlans, VALIDATION_TEXT_LIMITS } from "../../../src/adapters/office/apply";
import { createFakeExcel } from "../../../src/fake-excel";

test("validation titles and messages are clipped to Excel's limits with an ellipsis", async () => {
  const fake = createFakeExcel({ sheets: [{ name: "Лист1" }] });
  const long = (n: number) => "я".repeat(n);
  await applySheetPlans(fake.run, [
    {
      sheet: "Лист1",
      cells: [],
      validations: [
        { ref: { top: 0, left: 0, bottom: 0, right: 0 }, rule: { type: "date" }, strict: true, prompt: { title: long(35), message: long(300) }, error: { title: long(40), message: long(230) } },
        { ref: { top: 1, left: 0, bottom: 1, right: 0 }, rule: { type: "date" }, strict: false, prompt: { title: long(32), message: long(255) }, error: { title: "Ошибка", message: long(225) } },
      ],
    },
  ]);
  const [clipped, kept] = fake.workbook.dump().sheets[0].validations;
  const L = VALIDATION_TEXT_LIMITS;
  expect(clipped.prompt).toEqual({ showPrompt: true, title: long(L.title - 1) + "…", message: long(L.prompt - 1) + "…" });
  expect(clipped.errorAlert).toMatchObject({ style: "Stop", title: long(L.title - 1) + "…", message: long(L.error - 1) + "…" });
  expect(kept.prompt).toEqual({ showPrompt: true, title: long(32), message: long(255) });
  expect(kept.errorAlert).toMatchObject({ style: "Warning", title: "Ошибка", message: long(225) });
});
