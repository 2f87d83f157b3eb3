/**
 * Limits of Excel the fake checks on seeding and in the proxies that are not tied to one object family.
 */
import { FakeOfficeError } from "./errors";

/**
 * A sheet name: 1–31 characters, none of \\ / ? * [ ] :, not starting or ending with an apostrophe, not "History"
 * (Microsoft's "Rename a worksheet" support article).
 */
export function validateSheetName(name: unknown): asserts name is string {
  if (typeof name !== "string" || name.length === 0 || name.length > 31 || /[\\/?*[\]:]/.test(name) || name.startsWith("'") || name.endsWith("'") || name.toLowerCase() === "history")
    throw new FakeOfficeError("InvalidArgument", { errorLocation: "Worksheet.name" });
}
