import * as React from "react";
import { Button, Text, ToggleButton, Badge, MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import { formatCell } from "../../core/address";
import type { Lang } from "../../core/i18n";
import { SEVERITY_ORDER, type Finding, type Severity } from "../../core/findings";
import { strings } from "../../i18n";
import type { Engine } from "../../app/engine";
import type { Store } from "../../app/store";
import { validate, clearMarks, describeError } from "../../app/actions";
import { useStore } from "./useStore";

const useStyles = makeStyles({
  col: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "center" },
  sheet: { borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingTop: tokens.spacingVerticalS },
  finding: { justifyContent: "flex-start", textAlign: "left", height: "auto", minHeight: "32px", paddingTop: "4px", paddingBottom: "4px", fontWeight: tokens.fontWeightRegular, width: "100%" },
  cell: { fontFamily: tokens.fontFamilyMonospace, minWidth: "48px" },
});

const BADGE: Record<Severity, "danger" | "warning" | "informative"> = { error: "danger", warning: "warning", info: "informative" };

export function ValidationPage({ engine, store, lang }: { engine: Engine; store: Store; lang: Lang }) {
  const s = strings(lang);
  const styles = useStyles();
  const state = useStore(store);
  const [filter, setFilter] = React.useState<Severity | "all">("all");
  const result = state.validation;
  const all = result ? result.sheets.flatMap((sh) => sh.findings) : [];
  const count = (sev: Severity) => all.filter((f) => f.severity === sev).length;
  const shown = (f: Finding) => filter === "all" || f.severity === filter;

  return (
    <section className={styles.col}>
      <Text>{s.validation.intro}</Text>
      <div className={styles.row}>
        <Button appearance="primary" disabled={state.busy} onClick={() => validate(engine, store)} data-testid="validate-run">
          {s.validation.run}
        </Button>
        <Button disabled={state.busy} onClick={() => clearMarks(engine, store)}>
          {s.validation.clear}
        </Button>
      </div>
      {!result && <Text italic>{s.validation.notRun}</Text>}
      {result?.notes?.map((n, i) => (
        <MessageBar key={i} intent={result.marksIncomplete ? "error" : "warning"} data-testid="validation-note">
          <MessageBarBody>{n[lang]}</MessageBarBody>
        </MessageBar>
      ))}
      {result && (
        <>
          <div className={styles.row} role="group" aria-label={s.validation.filterAll}>
            <ToggleButton size="small" checked={filter === "all"} onClick={() => setFilter("all")}>
              {s.validation.filterAll} ({all.length})
            </ToggleButton>
            <ToggleButton size="small" checked={filter === "error"} onClick={() => setFilter("error")}>
              {s.validation.errors} ({count("error")})
            </ToggleButton>
            <ToggleButton size="small" checked={filter === "warning"} onClick={() => setFilter("warning")}>
              {s.validation.warnings} ({count("warning")})
            </ToggleButton>
            <ToggleButton size="small" checked={filter === "info"} onClick={() => setFilter("info")}>
              {s.validation.infos} ({count("info")})
            </ToggleButton>
          </div>
          {all.length === 0 && <Text>{s.validation.none}</Text>}
          {result.sheets.filter((sh) => sh.kind !== "other" || sh.findings.length > 0).map((sh) => {
            const fs = sh.findings.filter(shown).sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.row - b.row || a.col - b.col);
            return (
              <div key={sh.sheet} className={`${styles.col} ${styles.sheet}`} data-testid="findings-sheet">
                <Text weight="semibold">
                  {sh.sheet} — {s.validation.kind[sh.kind]} ({sh.findings.length})
                </Text>
                {fs.map((f, i) => (
                  <Button
                    key={i}
                    className={styles.finding}
                    appearance="subtle"
                    title={s.validation.goTo}
                    onClick={() => engine.select(f.sheet, f.row, f.col).catch((e) => store.set({ status: { kind: "error", text: describeError(e) } }))}
                    data-testid="finding"
                  >
                    <span className={styles.row}>
                      <Badge appearance="filled" color={BADGE[f.severity]}>
                        {s.severity[f.severity]}
                      </Badge>
                      <span className={styles.cell}>{formatCell(f)}</span>
                      <span>{f.message[lang]}</span>
                    </span>
                  </Button>
                ))}
              </div>
            );
          })}
        </>
      )}
    </section>
  );
}
