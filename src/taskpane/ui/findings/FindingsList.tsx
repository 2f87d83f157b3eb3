/**
 * The virtualised list of a findings view: only the rows in view (plus a few) are in the page, so 30,000
 * findings cost as much to draw as thirty. One tab stop (roving tabindex): the active row has tabindex 0,
 * every other -1, and the active row is always drawn even when scrolled away, so Tab always lands on it.
 * Keys follow the WAI-ARIA tree pattern: ↑ ↓ Home End PageUp PageDown move, → expands a sheet or enters
 * it, ← collapses it or goes up to the sheet, Enter / Space go to the cell (or toggle a sheet).
 */
import * as React from "react";
import { defaultRangeExtractor, measureElement, observeElementRect, useVirtualizer, type Range, type Virtualizer } from "@tanstack/react-virtual";
import { makeStyles } from "@fluentui/react-components";
import type { Lang } from "../../../core/i18n";
import type { Strings } from "../../../i18n";
import { isGroup, type GroupRow, type ListItem, type Row } from "./model";
import { FindingRow } from "./FindingRow";

const useStyles = makeStyles({
  scroller: { maxHeight: "60vh", minHeight: "120px", overflowY: "auto", overflowX: "hidden", position: "relative", contain: "content", width: "100%" },
  inner: { position: "relative", width: "100%" },
});

/**
 * The scroller's size; before layout (a hidden pane, a test's DOM without layout) it is 0 × 0, and the list
 * would draw nothing: a first screen of about 600 px is drawn instead, and the real size replaces it.
 */
const observeRect: typeof observeElementRect = (instance, cb) => observeElementRect(instance, (rect) => cb(rect.height > 0 ? rect : { width: rect.width || 320, height: 600 }));

const GROUP_PX = 32;
const ITEM_PX = 60;

/** A row's height as drawn; a row not laid out (0 px) keeps its estimate, or every row would fit and be drawn. */
const measureRow: typeof measureElement = (element, entry, instance) => {
  const px = measureElement(element, entry, instance);
  return px > 0 ? px : element.getAttribute("data-testid") === "findings-group" ? GROUP_PX : ITEM_PX;
};

export interface FindingsListProps {
  rows: readonly Row[];
  lang: Lang;
  s: Strings;
  active: number;
  setActive: (i: number) => void;
  toggle: (sheet: string) => void;
  onSelect: (item: ListItem) => void;
  /** the list's accessible name */
  label: string;
}

export function FindingsList({ rows, lang, s, active, setActive, toggle, onSelect, label }: FindingsListProps) {
  const styles = useStyles();
  const scroller = React.useRef<HTMLDivElement>(null);
  const focusAfter = React.useRef(false);
  // a new function when the active row changes: the virtualizer recomputes the drawn rows only when it changes
  const rangeExtractor = React.useCallback(
    (range: Range) => {
      const r = defaultRangeExtractor(range);
      if (active >= 0 && active < range.count && (r.length === 0 || active < r[0] || active > r[r.length - 1])) return active < (r[0] ?? 0) ? [active, ...r] : [...r, active];
      return r;
    },
    [active],
  );
  const virtualizer: Virtualizer<HTMLDivElement, Element> = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: (i) => (rows[i] && isGroup(rows[i]) ? GROUP_PX : ITEM_PX),
    measureElement: measureRow,
    overscan: 6,
    rangeExtractor,
    observeElementRect: observeRect,
    initialRect: { width: 320, height: 600 }, // a first screen before the scroller is measured (and in a server render)
    getItemKey: (i) => {
      const r = rows[i];
      return isGroup(r) ? `g:${r.sheet}` : i;
    },
  });

  // Positions among siblings for assistive technology: sheets among sheets, findings within their sheet.
  const positions = React.useMemo(() => {
    const pos = new Int32Array(rows.length);
    const size = new Int32Array(rows.length);
    let groups = 0;
    let groupStart = 0;
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i];
      if (isGroup(r)) {
        pos[i] = ++groups;
        groupStart = i;
      } else {
        pos[i] = i - groupStart;
        size[i] = (rows[groupStart] as GroupRow).count;
      }
    }
    for (let i = 0; i < rows.length; i++) if (isGroup(rows[i])) size[i] = groups;
    return { pos, size };
  }, [rows]);

  // After a key moved the active row: bring it into view and give it the focus (it is drawn: see rangeExtractor).
  React.useEffect(() => {
    if (!focusAfter.current) return;
    focusAfter.current = false;
    virtualizer.scrollToIndex(active, { align: "auto" });
    const el = scroller.current?.querySelector<HTMLElement>(`[data-index="${active}"]`);
    el?.focus({ preventScroll: true });
  }, [active, virtualizer]);

  const move = (i: number) => {
    const next = Math.max(0, Math.min(rows.length - 1, i));
    focusAfter.current = true;
    if (next === active) {
      // already there: still focus it (a click on a row, then an arrow key at the end of the list)
      scroller.current?.querySelector<HTMLElement>(`[data-index="${next}"]`)?.focus({ preventScroll: true });
      focusAfter.current = false;
    }
    setActive(next);
  };

  const groupOf = (i: number) => {
    for (let k = i; k >= 0; k--) if (isGroup(rows[k])) return k;
    return 0;
  };

  const onKeyDown = (e: React.KeyboardEvent) => {
    const row = rows[active];
    if (!row) return;
    const page = Math.max(1, virtualizer.getVirtualItems().length - 2);
    switch (e.key) {
      case "ArrowDown":
        move(active + 1);
        break;
      case "ArrowUp":
        move(active - 1);
        break;
      case "Home":
        move(0);
        break;
      case "End":
        move(rows.length - 1);
        break;
      case "PageDown":
        move(active + page);
        break;
      case "PageUp":
        move(active - page);
        break;
      case "ArrowRight":
        if (isGroup(row) && !row.expanded) toggle(row.sheet);
        else if (isGroup(row)) move(active + 1);
        else return;
        break;
      case "ArrowLeft":
        if (isGroup(row) && row.expanded) toggle(row.sheet);
        else if (!isGroup(row)) move(groupOf(active));
        else return;
        break;
      case "Enter":
      case " ":
        if (isGroup(row)) toggle(row.sheet);
        else onSelect(row);
        break;
      default:
        return;
    }
    e.preventDefault();
  };

  const onClick = React.useCallback(
    (i: number) => {
      const r = rows[i];
      setActive(i);
      if (!r) return;
      if (isGroup(r)) toggle(r.sheet);
      else onSelect(r);
    },
    [rows, setActive, toggle, onSelect],
  );

  const items = virtualizer.getVirtualItems();
  return (
    <div ref={scroller} className={styles.scroller} role="tree" tabIndex={-1} aria-label={label} onKeyDown={onKeyDown} data-testid="findings-list">
      <div className={styles.inner} style={{ height: virtualizer.getTotalSize() }}>
        {items.map((v) => (
          <FindingRow
            key={v.key}
            row={rows[v.index]}
            index={v.index}
            start={v.start}
            active={v.index === active}
            lang={lang}
            s={s}
            setSize={positions.size[v.index]}
            posInSet={positions.pos[v.index]}
            measure={virtualizer.measureElement}
            onClick={onClick}
          />
        ))}
      </div>
    </div>
  );
}
