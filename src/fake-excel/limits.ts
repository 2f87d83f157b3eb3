/**
 * Limits of Excel the fake checks on seeding and in the proxies that are not tied to one object family. The limits
 * themselves, with their sources, are core/excelLimits.ts's; here is only how the fake refuses (its error code).
 */
import { RESERVED_SHEET_NAMES, SHEET_NAME_FORBIDDEN, SHEET_NAME_MAX } from "../core/excelLimits";
import { FakeOfficeError } from "./errors";

/** A sheet name Excel refuses (core/excelLimits.ts: 1–31 characters, none of [ ] : * ? / \\, no apostrophe first or last, not "History"): InvalidArgument. */
export function validateSheetName(name: unknown): asserts name is string {
  if (
    typeof name !== "string" ||
    name.length === 0 ||
    name.length > SHEET_NAME_MAX ||
    SHEET_NAME_FORBIDDEN.test(name) ||
    name.startsWith("'") ||
    name.endsWith("'") ||
    RESERVED_SHEET_NAMES.some((r) => r.toLowerCase() === name.toLowerCase())
  )
    throw new FakeOfficeError("InvalidArgument", { errorLocation: "Worksheet.name" });
}
