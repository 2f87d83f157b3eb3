/** The icons' palette: one set of colours for every icon, and one letter per colour for the 16 px pixel drawings. */
"use strict";

const hex = (h, a = 1) => [parseInt(h.slice(1, 3), 16), parseInt(h.slice(3, 5), 16), parseInt(h.slice(5, 7), 16), a];

const C = {
  ink: hex("#3b4756"), // outlines
  axis: hex("#6b7785"), // chart axes: drawn without a white fill, so lighter to stay visible on a dark ribbon
  paper: hex("#ffffff"),
  fold: hex("#dde3ea"), // folded corner, title bars
  rule: hex("#9aa6b2"), // light table rules
  green: hex("#1f7a4a"), // brand (Excel-like green): headers, text lines, check
  greenLight: hex("#cfe8d8"),
  blue: hex("#2b6cc4"),
  blueLight: hex("#dbe8f8"),
  amber: hex("#e0901f"),
  red: hex("#d0453a"),
  redLight: hex("#f6c7c2"),
};

/** One letter per colour for the 16 px pixel drawings; "." is transparent. */
const LETTERS = {
  K: C.ink,
  X: C.axis,
  W: C.paper,
  F: C.fold,
  L: C.rule,
  G: C.green,
  g: C.greenLight,
  B: C.blue,
  b: C.blueLight,
  A: C.amber,
  R: C.red,
  r: C.redLight,
};

module.exports = { hex, C, LETTERS };
