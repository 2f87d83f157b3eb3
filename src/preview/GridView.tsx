/**
 * A plain grid of the fake workbook: sheet tabs, cells with their fills, formulas shown by their values
 * (src/preview/evaluate.ts) or, with the toggle, as their text.
 */
import * as React from "react";
import { columnLetter, parseCell, parseRange, type RangeRef } from "../core/address";
import type { Lang } from "../core/i18n";
import { strings } from "../i18n";
import { displayValue } from "./format";
import { createEvaluator } from "./evaluate";
import type { FakeExcel } from "../fake-excel";

const MAX_ROWS = 80;
const MAX_COLS = 26;

function useVersion(fake: FakeExcel): number {
  const [v, setV] = React.useState(0);
  React.useEffect(() => fake.subscribe(() => setV((x) => x + 1)), [fake]);
  return v;
}

const tabStyle = (on: boolean): React.CSSProperties => ({
  border: "none",
  padding: "6px 12px",
  background: on ? "#fff" : "transparent",
  fontWeight: on ? 600 : 400,
  cursor: "pointer",
  whiteSpace: "nowrap",
});

export function GridView({ fake, lang }: { fake: FakeExcel; lang: Lang }) {
  const version = useVersion(fake);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the fake is mutable: version says it changed
  const dump = React.useMemo(() => fake.workbook.dump(), [fake, version]);
  // values of formulas, evaluated on demand and once per cell for this version of the workbook
  const evaluator = React.useMemo(() => createEvaluator(dump), [dump]);
  const [formulas, setFormulas] = React.useState(false);
  const s = strings(lang);
  const visible = dump.sheets.filter((s) => s.visibility === "Visible");
  const [chosen, setChosen] = React.useState<string | null>(null);
  const [lastActive, setLastActive] = React.useState(dump.activeSheet);
  // A command that activates a sheet (a new template) switches the view to it.
  if (dump.activeSheet !== lastActive) {
    setLastActive(dump.activeSheet);
    setChosen(dump.activeSheet);
  }
  const sheet = visible.find((s) => s.name === chosen) ?? visible.find((s) => s.name === dump.activeSheet) ?? visible[0];
  const cells = new Map<string, (typeof sheet.cells)[string]>();
  let rows = 20;
  let cols = 8;
  for (const [a1, cell] of Object.entries(sheet?.cells ?? {})) {
    cells.set(a1, cell);
    const { row, col } = parseCell(a1);
    rows = Math.max(rows, Math.min(MAX_ROWS, row + 2));
    cols = Math.max(cols, Math.min(MAX_COLS, col + 2));
  }
  const selected = dump.selection?.split("!").pop();
  // Merged areas: the top-left cell spans the area, the others are not drawn.
  const spans = new Map<string, { rows: number; cols: number }>();
  const covered = new Set<string>();
  for (const m of sheet?.merges ?? []) {
    const r: RangeRef = parseRange(m);
    spans.set(`${columnLetter(r.left)}${r.top + 1}`, {
      rows: r.bottom - r.top + 1,
      cols: r.right - r.left + 1,
    });
    for (let y = r.top; y <= r.bottom; y++) for (let x = r.left; x <= r.right; x++) if (y !== r.top || x !== r.left) covered.add(`${columnLetter(x)}${y + 1}`);
  }
  const widthPx = (c: number) => Math.round(((sheet?.columnWidths ?? {})[columnLetter(c)] ?? 64) * (4 / 3));
  return (
    <div
      style={{
        display: "flex",
        flexDirection: "column",
        height: "100%",
        minWidth: 0,
      }}
    >
      <div
        style={{
          display: "flex",
          borderBottom: "1px solid #c8c8c8",
          background: "#f3f3f3",
        }}
      >
        <div role="tablist" style={{ display: "flex", gap: 2, overflowX: "auto", flex: 1 }}>
          {visible.map((w) => (
            <button key={w.name} role="tab" data-testid="sheet-tab" aria-selected={w.name === sheet?.name} onClick={() => setChosen(w.name)} style={tabStyle(w.name === sheet?.name)}>
              {w.name}
            </button>
          ))}
        </div>
        <button
          type="button"
          aria-pressed={formulas}
          onClick={() => setFormulas((f) => !f)}
          data-testid="grid-formulas"
          style={{
            ...tabStyle(formulas),
            border: "1px solid #c8c8c8",
            margin: 2,
          }}
        >
          {s.preview.showFormulas}
        </button>
      </div>
      <div style={{ overflow: "auto", flex: 1 }}>
        <table
          data-testid="grid"
          style={{
            borderCollapse: "collapse",
            fontSize: 12,
            fontFamily: "Segoe UI, Arial, sans-serif",
            tableLayout: "fixed",
          }}
        >
          <thead>
            <tr>
              <th
                style={{
                  width: 36,
                  background: "#f3f3f3",
                  border: "1px solid #d4d4d4",
                }}
              />
              {Array.from({ length: cols }, (_, c) => (
                <th
                  key={c}
                  style={{
                    width: widthPx(c),
                    background: "#f3f3f3",
                    border: "1px solid #d4d4d4",
                    fontWeight: 400,
                  }}
                >
                  {columnLetter(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: rows }, (_, r) => (
              <tr key={r}>
                <th
                  style={{
                    background: "#f3f3f3",
                    border: "1px solid #d4d4d4",
                    fontWeight: 400,
                  }}
                >
                  {r + 1}
                </th>
                {Array.from({ length: cols }, (_, c) => {
                  const a1 = `${columnLetter(c)}${r + 1}`;
                  if (covered.has(a1)) return null;
                  const cell = cells.get(a1);
                  const span = spans.get(a1);
                  const shown = cell?.formula && formulas ? cell.formula : displayValue(cell?.formula ? evaluator.value(sheet.name, a1) : cell?.value, cell?.numberFormat, lang);
                  // As in Excel, unwrapped text spills into the empty cell to its right.
                  const next = cells.get(`${columnLetter(c + 1)}${r + 1}`);
                  const spills =
                    !span && !cell?.wrap && typeof cell?.value === "string" && (next?.value === undefined || next?.value === "") && !next?.formula && !covered.has(`${columnLetter(c + 1)}${r + 1}`);
                  return (
                    <td
                      key={c}
                      rowSpan={span?.rows}
                      colSpan={span?.cols}
                      title={cell?.note ? `${a1}: ${cell.note}` : a1}
                      style={{
                        border: a1 === selected ? "2px solid #217346" : "1px solid #e1e1e1",
                        background: cell?.fill ?? "#fff",
                        fontWeight: cell?.font?.bold ? 600 : 400,
                        color: cell?.formula ? "#1f4e79" : (cell?.font?.color ?? "#000"),
                        padding: "2px 4px",
                        overflow: spills ? "visible" : "hidden",
                        whiteSpace: cell?.wrap ? "normal" : "nowrap",
                        textOverflow: "ellipsis",
                        textAlign: (cell?.hAlign === "Center" ? "center" : cell?.hAlign === "Right" ? "right" : typeof cell?.value === "number" ? "right" : "left") as "left",
                        verticalAlign: "top",
                        maxWidth: span ? undefined : widthPx(c),
                        position: "relative",
                        zIndex: spills ? 1 : undefined,
                      }}
                    >
                      {shown}
                      {cell?.note ? (
                        <span
                          style={{
                            position: "absolute",
                            top: 0,
                            right: 0,
                            borderTop: "6px solid #c00",
                            borderLeft: "6px solid transparent",
                          }}
                        />
                      ) : null}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
