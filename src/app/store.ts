/**
 * One small store shared by the ribbon commands and the task pane (they run in one shared runtime):
 * a command records what it did, and the pane shows it when it opens. No React here.
 */
import type { Lang } from "../core/i18n";
import type { ComputeResult, ValidationResult, WordImportResult } from "./engine";
import type { RegisterResult } from "./register";

export type Page = "templates" | "validation" | "compute" | "word" | "register";

export interface Status {
  kind: "info" | "success" | "error" | "working";
  text: { ru: string; en: string };
}

export interface AppState {
  page: Page;
  status?: Status;
  validation?: ValidationResult;
  compute?: ComputeResult;
  /** the last «Импорт из Word» */
  wordImport?: WordImportResult;
  register?: RegisterResult;
  busy: boolean;
  /** While a command runs: its phase (step of total) and what it is doing. */
  progress?: { step: number; total: number; label: { ru: string; en: string } };
  /** The person asked to cancel; the command stops at its next phase boundary. */
  cancelling?: boolean;
  /** The pane's language chosen in its settings (else Office's display language). */
  lang?: Lang;
  /** Whether a check marks the cells of its findings (fill and note); true unless switched off. */
  markCells?: boolean;
}

type Listener = (s: AppState) => void;

export class Store {
  private state: AppState = { page: "templates", busy: false };
  private listeners = new Set<Listener>();

  get(): AppState {
    return this.state;
  }

  set(patch: Partial<AppState>): void {
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l(this.state);
  }

  subscribe(l: Listener): () => void {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  }
}

export const store = new Store();
