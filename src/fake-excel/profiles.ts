/**
 * Client profiles: what each Excel a person may run the add-in in supports, for the fake to behave as that client.
 *
 * ExcelApi versions from Microsoft's "Excel JavaScript API requirement sets" table (learn.microsoft.com/javascript/api/
 * requirement-sets/excel/excel-api-requirement-sets): Office on the web supports every set (1.20 at the time of
 * writing); Microsoft 365 on Windows, Version 2509 and later, 1.20; Office 2021 (volume-licensed perpetual / LTSC,
 * Version 2108) stops at ExcelApi 1.14; Office 2024 (LTSC) at 1.17 ("Office 2024: Version 2302" for 1.17, "Not
 * supported" from 1.18); Mac Version 16.52 (21080801) is the first with 1.14, 16.70 with 1.17, 16.93 with 1.18.
 * So notes (ExcelApi 1.18) exist on the web, on current Microsoft 365 and on a current Mac only.
 *
 * The 5 MB request and response caps are Excel on the web's ("Resource limits and performance optimization for Office
 * Add-ins": "Excel on the web has a payload size limit for requests and responses of 5MB"); desktop clients have none
 * documented, so their profiles set none.
 */
import type { FakeExcelOptions } from "./runtime";

export type FakeProfileId = "web" | "windows365" | "windows2021" | "windows2024" | "mac1652";

export interface FakeProfile {
  id: FakeProfileId;
  /** as a person names it */
  label: string;
  /** the highest ExcelApi requirement set the client supports */
  apiVersion: string;
  payloadLimitBytes?: number;
  responseLimitBytes?: number;
}

const FIVE_MB = 5 * 1024 * 1024;

export const FAKE_PROFILES: Record<FakeProfileId, FakeProfile> = {
  web: { id: "web", label: "Excel on the web", apiVersion: "1.20", payloadLimitBytes: FIVE_MB, responseLimitBytes: FIVE_MB },
  windows365: { id: "windows365", label: "Excel for Microsoft 365 on Windows (current channel)", apiVersion: "1.20" },
  windows2021: { id: "windows2021", label: "Excel 2021 LTSC on Windows (Version 2108)", apiVersion: "1.14" },
  windows2024: { id: "windows2024", label: "Excel 2024 LTSC on Windows", apiVersion: "1.17" },
  mac1652: { id: "mac1652", label: "Excel for Mac 16.52", apiVersion: "1.14" },
};

export const FAKE_PROFILE_IDS = Object.keys(FAKE_PROFILES) as FakeProfileId[];

/** The fake's options for a profile; options given beside it win. */
export function profileOptions(id: FakeProfileId | undefined, options: FakeExcelOptions = {}): FakeExcelOptions {
  if (!id) return options;
  const p = FAKE_PROFILES[id];
  const base: FakeExcelOptions = { apiVersion: p.apiVersion };
  if (p.payloadLimitBytes) base.payloadLimitBytes = p.payloadLimitBytes;
  if (p.responseLimitBytes) base.responseLimitBytes = p.responseLimitBytes;
  return { ...base, ...options };
}
