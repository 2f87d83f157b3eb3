/**
 * The printed page's header, footer and manual page breaks (ExcelApi 1.9): PageLayout.headersFooters →
 * HeaderFooterGroup.defaultForAllPages (a HeaderFooter: left/center/right header and footer texts, with Excel's
 * codes such as &P and &N), and Worksheet.horizontalPageBreaks (a PageBreakCollection: add(range) puts a break
 * before the range's top-left cell, "Adds a page break before the top-left cell of the range specified").
 * Only the members the add-in uses; the first-page, odd and even headers are not modelled.
 * Source: the `[Api set: ExcelApi 1.9]` annotations of @types/office-js (Worksheet.horizontalPageBreaks,
 * PageLayout.headersFooters, PageBreakCollection.add).
 */
import { FakeOfficeError } from "../errors";
import type { FakeSheet } from "../model";
import { FakeClientObject, defineClass, type PropDef } from "../runtime";
import { rangeArg } from "./cells";

export const HEADER_FOOTER_PARTS = ["leftHeader", "centerHeader", "rightHeader", "leftFooter", "centerFooter", "rightFooter"] as const;
/** Excel's limit on a header or footer section. */
const MAX_HEADER_CHARS = 255;

export class HeaderFooterGroupProxy extends FakeClientObject {}
defineClass(HeaderFooterGroupProxy, {
  typeName: "HeaderFooterGroup",
  props: {},
  nav: { defaultForAllPages: { make: (p) => new HeaderFooterProxy(p._ctx, p, (s) => s, "defaultForAllPages") } },
});

export class HeaderFooterProxy extends FakeClientObject {}
const parts: Record<string, PropDef> = {};
for (const part of HEADER_FOOTER_PARTS) {
  parts[part] = {
    get: (s: FakeSheet) => s.pageLayout.headersFooters?.[part] ?? "",
    set: (s: FakeSheet, v) => {
      if (typeof v !== "string" || v.length > MAX_HEADER_CHARS) throw new FakeOfficeError("InvalidArgument");
      s.pageLayout.headersFooters = { ...s.pageLayout.headersFooters, [part]: v };
    },
  };
}
defineClass(HeaderFooterProxy, { typeName: "HeaderFooter", props: parts, nav: {} });

export class PageBreakCollectionProxy extends FakeClientObject {
  /** A break above the range's first row (a row break; the fake keeps the rows, 0-based, sorted). */
  add(pageBreakRange: unknown): void {
    this._call("add", [pageBreakRange], (s: FakeSheet) => {
      const r = rangeArg(pageBreakRange as string, s.workbook, s);
      if (r.sheet !== s || r.ref.top === 0) throw new FakeOfficeError("InvalidArgument");
      const rows = new Set(s.pageLayout.rowBreaks ?? []);
      rows.add(r.ref.top);
      s.pageLayout.rowBreaks = [...rows].sort((a, b) => a - b);
    });
  }
  removePageBreaks(): void {
    this._call("removePageBreaks", [], (s: FakeSheet) => void delete s.pageLayout.rowBreaks);
  }
}
defineClass(PageBreakCollectionProxy, { typeName: "PageBreakCollection", props: { count: { get: (s: FakeSheet) => (s.pageLayout.rowBreaks ?? []).length } }, nav: {} });
