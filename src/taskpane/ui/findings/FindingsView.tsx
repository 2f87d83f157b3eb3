/**
 * The findings view: filters (severity, sheet, rule, a search box), "copy as table", and the virtualised
 * list grouped by sheet. Used for a check's findings and for compute's conflicts alike.
 *
 * It is a memo component and its props come from the store's result only (memoised by the page), so the
 * progress ticks of a running command, which change the store many times a second, never draw it again.
 */
import * as React from "react";
import { Button, SearchBox, Select, Text, ToggleButton, makeStyles, tokens, useId } from "@fluentui/react-components";
import type { Lang } from "../../../core/i18n";
import type { Severity } from "../../../core/findings";
import { strings } from "../../../i18n";
import { buildView, facets, NO_FILTERS, tableText, type Filters, type ListItem } from "./model";
import { FindingsList } from "./FindingsList";
import { copyText } from "./copy";

const useStyles = makeStyles({
  col: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "center" },
  field: { display: "flex", flexDirection: "column", gap: "2px", flex: "1 1 120px", minWidth: 0 },
  select: { minWidth: 0 },
  wrap: { overflowWrap: "anywhere" },
  fallback: { width: "100%", minHeight: "80px", fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
});

const SEVERITIES: Severity[] = ["error", "warning", "info"];

export interface FindingsViewProps {
  items: readonly ListItem[];
  lang: Lang;
  /** go to the item's cell (Enter or a click) */
  onSelect: (item: ListItem) => void;
  "data-testid"?: string;
}

function FindingsViewImpl({ items, lang, onSelect, "data-testid": testId }: FindingsViewProps) {
  const s = strings(lang);
  const styles = useStyles();
  const ids = { sheet: useId("sheet"), rule: useId("rule") };
  const [filters, setFilters] = React.useState<Filters>(NO_FILTERS);
  const [collapsed, setCollapsed] = React.useState<ReadonlySet<string>>(() => new Set());
  const [active, setActive] = React.useState(0);
  const [copied, setCopied] = React.useState<{ ok: boolean; n: number; text: string } | null>(null);
  // typing stays quick over 30,000 findings: the list follows the search box at a lower priority
  const query = React.useDeferredValue(filters.query);

  const counts = React.useMemo(() => facets(items, lang), [items, lang]);
  const view = React.useMemo(() => buildView(items, { ...filters, query }, lang, collapsed), [items, filters.severity, filters.sheet, filters.rule, query, lang, collapsed]); // eslint-disable-line react-hooks/exhaustive-deps

  // a new result or filter: back to the top of the list (during render, not in an effect: no second render on mount)
  const resetKey = [items, filters.severity, filters.sheet, filters.rule, query] as const;
  const [seen, setSeen] = React.useState(resetKey);
  if (seen.some((x, i) => x !== resetKey[i])) {
    setSeen(resetKey);
    setActive(0);
  }
  const activeRow = Math.min(active, Math.max(0, view.rows.length - 1));

  const set = (patch: Partial<Filters>) => {
    setCopied(null);
    setFilters((f) => ({ ...f, ...patch }));
  };
  const toggle = React.useCallback((sheet: string) => {
    setCollapsed((c) => {
      const next = new Set(c);
      if (!next.delete(sheet)) next.add(sheet);
      return next;
    });
  }, []);
  const copy = async () => {
    const text = tableText(view.shown, lang, s);
    const ok = await copyText(text);
    setCopied({ ok, n: view.shown.length, text: ok ? "" : text });
  };

  return (
    <div className={styles.col} data-testid={testId}>
      <div className={styles.row} role="group" aria-label={s.findings.severity}>
        <ToggleButton size="small" checked={filters.severity === "all"} onClick={() => set({ severity: "all" })} data-testid="filter-all">
          {s.validation.filterAll} ({items.length})
        </ToggleButton>
        {SEVERITIES.map((sev) => (
          <ToggleButton key={sev} size="small" checked={filters.severity === sev} onClick={() => set({ severity: sev })} data-testid={`filter-${sev}`}>
            {sev === "error" ? s.validation.errors : sev === "warning" ? s.validation.warnings : s.validation.infos} ({counts.severity[sev]})
          </ToggleButton>
        ))}
      </div>
      <div className={styles.row}>
        {counts.sheets.length > 1 && (
          <div className={styles.field}>
            <label htmlFor={ids.sheet}>{s.findings.sheet}</label>
            <Select id={ids.sheet} size="small" className={styles.select} value={filters.sheet} onChange={(_, d) => set({ sheet: d.value })} data-testid="filter-sheet">
              <option value="">{s.findings.allSheets}</option>
              {counts.sheets.map((x) => (
                <option key={x.sheet} value={x.sheet}>
                  {x.sheet} ({x.n})
                </option>
              ))}
            </Select>
          </div>
        )}
        {counts.rules.length > 1 && (
          <div className={styles.field}>
            <label htmlFor={ids.rule}>{s.findings.rule}</label>
            <Select id={ids.rule} size="small" className={styles.select} value={filters.rule} onChange={(_, d) => set({ rule: d.value })} data-testid="filter-rule">
              <option value="">{s.findings.allRules}</option>
              {counts.rules.map((x) => (
                <option key={x.rule} value={x.rule}>
                  {x.title} ({x.n})
                </option>
              ))}
            </Select>
          </div>
        )}
      </div>
      <SearchBox
        size="small"
        value={filters.query}
        onChange={(_, d) => set({ query: d.value })}
        placeholder={s.findings.searchPlaceholder}
        aria-label={s.findings.search}
        data-testid="findings-search"
      />
      <div className={styles.row}>
        <Text size={200} aria-live="polite" data-testid="findings-shown">
          {s.findings.shown(view.shown.length, items.length)}
        </Text>
        <Button size="small" onClick={() => void copy()} disabled={view.shown.length === 0} data-testid="findings-copy">
          {s.findings.copy}
        </Button>
      </div>
      {copied && (
        <Text size={200} className={styles.wrap} role="status" data-testid="findings-copied">
          {copied.ok ? s.findings.copied(copied.n) : s.findings.copyFailed}
        </Text>
      )}
      {copied && !copied.ok && <textarea className={styles.fallback} readOnly value={copied.text} aria-label={s.findings.copy} />}
      {view.rows.length === 0 ? (
        <Text className={styles.wrap}>{s.findings.nothingMatches}</Text>
      ) : (
        <>
          <Text size={200} className={styles.wrap}>
            {s.findings.keys}
          </Text>
          <FindingsList rows={view.rows} lang={lang} s={s} active={activeRow} setActive={setActive} toggle={toggle} onSelect={onSelect} label={s.findings.list} />
        </>
      )}
    </div>
  );
}

export const FindingsView = React.memo(FindingsViewImpl);
