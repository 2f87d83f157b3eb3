/** One row of the findings list: a sheet's header (collapsible) or one finding. Drawn only while in view. */
import * as React from "react";
import { Badge, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { formatCell } from "../../../core/address";
import type { Lang } from "../../../core/i18n";
import type { Severity } from "../../../core/findings";
import type { Strings } from "../../../i18n";
import { isGroup, ruleTitle, type Row } from "./model";

const useStyles = makeStyles({
  row: {
    position: "absolute",
    top: 0,
    left: 0,
    width: "100%",
    boxSizing: "border-box",
    cursor: "pointer",
    outlineStyle: "none",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  active: { backgroundColor: tokens.colorNeutralBackground1Selected },
  group: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    fontWeight: tokens.fontWeightSemibold,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: "anywhere",
  },
  chevron: { display: "inline-block", width: "12px", flexShrink: 0, transition: "transform 0.1s" },
  open: { transform: "rotate(90deg)" },
  item: {
    display: "grid",
    gridTemplateColumns: "auto auto minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalS,
    rowGap: "2px",
    alignItems: "baseline",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS} ${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXL}`,
    overflowWrap: "anywhere",
  },
  cell: { fontFamily: tokens.fontFamilyMonospace },
  title: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  message: { gridColumn: "1 / -1" },
});

const BADGE: Record<Severity, "danger" | "warning" | "informative"> = { error: "danger", warning: "warning", info: "informative" };

export interface FindingRowProps {
  row: Row;
  index: number;
  /** pixels from the list's top */
  start: number;
  active: boolean;
  lang: Lang;
  s: Strings;
  /** the list's size at the row's level, for assistive technology (the list is virtual) */
  setSize: number;
  posInSet: number;
  measure: (el: HTMLElement | null) => void;
  onClick: (index: number) => void;
}

export function FindingRow({ row, index, start, active, lang, s, setSize, posInSet, measure, onClick }: FindingRowProps) {
  const styles = useStyles();
  const common = {
    ref: measure,
    role: "treeitem",
    "data-index": index,
    tabIndex: active ? 0 : -1,
    "aria-selected": active,
    "aria-setsize": setSize,
    "aria-posinset": posInSet,
    style: { transform: `translateY(${start}px)` },
    onClick: () => onClick(index),
  } as const;
  if (isGroup(row)) {
    return (
      <div {...common} aria-level={1} aria-expanded={row.expanded} className={mergeClasses(styles.row, styles.group, active && styles.active)} data-testid="findings-group">
        <span aria-hidden className={mergeClasses(styles.chevron, row.expanded && styles.open)}>
          ›
        </span>
        <span>{s.findings.group(row.sheet, row.count)}</span>
      </div>
    );
  }
  const it = row;
  return (
    <div {...common} aria-level={2} className={mergeClasses(styles.row, styles.item, active && styles.active)} data-testid="finding" title={s.validation.goTo}>
      <Badge appearance="filled" color={BADGE[it.severity]}>
        {s.severity[it.severity]}
      </Badge>
      <span className={styles.cell}>{formatCell(it)}</span>
      <span className={styles.title}>{ruleTitle(it.rule)[lang]}</span>
      <span className={styles.message}>{it.message[lang]}</span>
    </div>
  );
}
