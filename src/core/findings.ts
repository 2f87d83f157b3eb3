/** What a check reports: plain data, returned, never thrown. */
import type { Text } from "./i18n";

export type Severity = "error" | "warning" | "info";

export type DocumentKind = "passport" | "plan" | "schedule" | "other";

export interface Finding {
  /** Rule id, e.g. "period/outside-term". */
  rule: string;
  severity: Severity;
  sheet: string;
  /** 0-based cell the finding points at. */
  row: number;
  col: number;
  message: Text;
}

export interface SheetReport {
  sheet: string;
  kind: DocumentKind;
  findings: Finding[];
}

export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
