#!/usr/bin/env node
/**
 * Draws the add-in's icons and writes them to assets/ as PNG files.
 *
 *   node scripts/make-icons.js                 writes assets/*.png
 *   node scripts/make-icons.js --preview DIR   also writes DIR/icons-preview.png: every icon enlarged 10x
 *                                             on a light and a dark background (never into assets/)
 *
 * Plain Node: the PNG encoder (icons/png.js) uses only zlib from Node's standard library; the palette and the
 * canvas are icons/palette.js and icons/canvas.js.
 *
 * The 16 px icons are drawn pixel by pixel (crisp 1 px strokes); the 32, 64, 80 and 128 px icons are drawn
 * from shapes on a 32-unit grid whose straight edges land on whole pixels, with anti-aliased diagonals and
 * curves. One palette for all icons.
 */
"use strict";

const fs = require("fs");
const path = require("path");

const ASSETS = path.resolve(__dirname, "..", "assets");

const { C, hex } = require("./icons/palette");
const { encodePng, crc32 } = require("./icons/png");
const { Canvas } = require("./icons/canvas");

// ---------------------------------------------------------------------------------------------------------
// Drawing on the 32-unit grid for sizes > 16
// ---------------------------------------------------------------------------------------------------------

/** Helpers bound to a canvas of size s: unit coordinates (0..32) to pixels, snapped where edges are straight. */
function grid(c, s) {
  const k = s / 32;
  const u = (v) => v * k; // exact, for anti-aliased shapes
  const snap = (v) => Math.round(v * k); // whole pixels, for straight edges
  const stroke = Math.max(1, Math.round(k)); // outline width in pixels: 1 at 32, 2 at 64, 3 at 80, 4 at 128
  /** Rectangle in units; its position and its size are snapped separately so equal sizes stay equal. */
  const rect = (x, y, w, h, color) => {
    const X = snap(x);
    const Y = snap(y);
    c.rect(X, Y, X + Math.max(1, snap(w)), Y + Math.max(1, snap(h)), color);
  };
  /** Outlined box: outer edge on (x, y, w, h) in units, outline `stroke` pixels wide, filled inside. */
  const box = (x, y, w, h, fill, line = C.ink) => {
    const X0 = snap(x);
    const Y0 = snap(y);
    const X1 = snap(x + w);
    const Y1 = snap(y + h);
    c.rect(X0, Y0, X1, Y1, line);
    if (fill) c.rect(X0 + stroke, Y0 + stroke, X1 - stroke, Y1 - stroke, fill);
    return { X0, Y0, X1, Y1 };
  };
  const poly = (pts, color) =>
    c.polygon(
      pts.map(([x, y]) => [u(x), u(y)]),
      color,
    );
  return { k, u, snap, stroke, rect, box, poly };
}

// ---------------------------------------------------------------------------------------------------------
// The icons: for each, a 16 px pixel drawing and a drawing for the larger sizes
// ---------------------------------------------------------------------------------------------------------

const ICONS = {
  /** Project passport: a page with a folded corner, an emblem block and lines of text. */
  passport: {
    px16: [
      "................",
      "..KKKKKKKK......",
      "..KWWWWWWKK.....",
      "..KWBBBWWKFK....",
      "..KWBBBWWKFFK...",
      "..KWBBBWWKKKKK..",
      "..KWWWWWWWWWWK..",
      "..KWGGGGGGGGWK..",
      "..KWWWWWWWWWWK..",
      "..KWGGGGGGGGWK..",
      "..KWWWWWWWWWWK..",
      "..KWGGGGGGGGWK..",
      "..KWWWWWWWWWWK..",
      "..KWGGGGGWWWWK..",
      "..KWWWWWWWWWWK..",
      "..KKKKKKKKKKKK..",
    ],
    draw(c, s) {
      const g = grid(c, s);
      const t = g.stroke / g.k; // outline width in units
      const [x0, y0, x1, y1, f] = [4, 2, 28, 30, 8]; // page and fold size; even units land on whole pixels at 80 px
      // page: outline, then paper inset by the outline width (the diagonal edge offset by t along its normal)
      const d = t * (Math.SQRT2 - 1);
      g.poly(
        [
          [x0, y0],
          [x1 - f, y0],
          [x1, y0 + f],
          [x1, y1],
          [x0, y1],
        ],
        C.ink,
      );
      g.poly(
        [
          [x0 + t, y0 + t],
          [x1 - f - d, y0 + t],
          [x1 - t, y0 + f + d],
          [x1 - t, y1 - t],
          [x0 + t, y1 - t],
        ],
        C.paper,
      );
      // folded corner
      g.poly(
        [
          [x1 - f, y0],
          [x1, y0 + f],
          [x1 - f, y0 + f],
        ],
        C.ink,
      );
      g.poly(
        [
          [x1 - f + t, y0 + t + d + t],
          [x1 - t - d - t, y0 + f - t],
          [x1 - f + t, y0 + f - t],
        ],
        C.fold,
      );
      // emblem and text lines
      g.rect(8, 6, 8, 8, C.blue);
      g.rect(8, 16, 16, 2, C.green);
      g.rect(8, 20, 16, 2, C.green);
      g.rect(8, 24, 10, 2, C.green);
    },
  },

  /** Implementation plan: a table with a green header row. */
  plan: {
    px16: [
      "................",
      "................",
      ".KKKKKKKKKKKKKK.",
      ".KGGGGGGGGGGGGK.",
      ".KGGGGGGGGGGGGK.",
      ".KKKKKKKKKKKKKK.",
      ".KWWWLWWWWLWWWK.",
      ".KWWWLWWWWLWWWK.",
      ".KLLLLLLLLLLLLK.",
      ".KWWWLWWWWLWWWK.",
      ".KWWWLWWWWLWWWK.",
      ".KLLLLLLLLLLLLK.",
      ".KWWWLWWWWLWWWK.",
      ".KWWWLWWWWLWWWK.",
      ".KKKKKKKKKKKKKK.",
      "................",
    ],
    draw(c, s) {
      const g = grid(c, s);
      const { X0, Y0, X1, Y1 } = g.box(2, 4, 28, 24, C.paper);
      const st = g.stroke;
      const head = g.snap(10);
      c.rect(X0 + st, Y0 + st, X1 - st, head, C.green);
      c.rect(X0, head, X1, head + st, C.ink);
      // body rows and columns
      const rows = [16, 22].map(g.snap);
      const cols = [11, 20].map(g.snap);
      for (const y of rows) c.rect(X0 + st, y, X1 - st, y + st, C.rule);
      for (const x of cols) c.rect(x, head + st, x + st, Y1 - st, C.rule);
      // a little content: short green marks in the first column
      for (const y of [12, 18, 24]) g.rect(5, y + 0.5, 4, 2, C.greenLight);
    },
  },

  /** Calendar plan (schedule): Gantt bars against a time axis. */
  schedule: {
    px16: [
      "................",
      ".X..............",
      ".X..............",
      ".XBBBBBB........",
      ".XBBBBBB........",
      ".X..............",
      ".X....AAAAAA....",
      ".X....AAAAAA....",
      ".X..............",
      ".X.........GGGG.",
      ".X.........GGGG.",
      ".X..............",
      ".XXXXXXXXXXXXXXX",
      ".....X....X....X",
      "................",
      "................",
    ],
    draw(c, s) {
      const g = grid(c, s);
      const st = g.stroke;
      const ax = g.snap(3);
      const ay = g.snap(26);
      // time grid
      for (const x of [12, 21, 30]) c.rect(g.snap(x), g.snap(3), g.snap(x) + st, ay, C.fold);
      // bars
      g.rect(5, 5, 12, 5, C.blue);
      g.rect(11, 12, 13, 5, C.amber);
      g.rect(19, 19, 10, 5, C.green);
      // axes with ticks
      c.rect(ax, g.snap(2), ax + st, ay + st, C.axis);
      c.rect(ax, ay, g.snap(31), ay + st, C.axis);
      for (const x of [12, 21, 30]) c.rect(g.snap(x), ay, g.snap(x) + st, ay + st + g.snap(2), C.axis);
    },
  },

  /** Check the workbook: a white check mark on a green disc. */
  validate: {
    px16(c) {
      // a crisp disc: the pixels whose centres are within the radius
      for (let y = 0; y < 16; y++) {
        for (let x = 0; x < 16; x++) if ((x + 0.5 - 8) ** 2 + (y + 0.5 - 8) ** 2 <= 7.3 ** 2) c.blend(x, y, C.green);
      }
      c.pixels(
        [
          "................",
          "................",
          "................",
          "................",
          "...........WW...",
          "..........WWW...",
          ".........WWW....",
          "...WW...WWW.....",
          "...WWW.WWW......",
          "....WWWWW.......",
          ".....WWW........",
          "......W.........",
        ],
        0,
        0,
      );
    },
    draw(c, s) {
      const g = grid(c, s);
      c.circle(g.u(16), g.u(16), g.u(15), C.green);
      c.polyline(
        [
          [g.u(8.5), g.u(16.5)],
          [g.u(13.5), g.u(21.5)],
          [g.u(23.5), g.u(10.5)],
        ],
        g.u(3.6),
        C.paper,
      );
    },
  },

  /** Compute: a sigma. */
  compute: {
    px16: [
      "................",
      "................",
      "...BBBBBBBBBB...",
      "...BBBBBBBBBB...",
      "...BB......BB...",
      "....BB..........",
      ".....BB.........",
      "......BB........",
      "......BB........",
      ".....BB.........",
      "....BB..........",
      "...BB......BB...",
      "...BBBBBBBBBB...",
      "...BBBBBBBBBB...",
      "................",
      "................",
    ],
    draw(c, s) {
      const g = grid(c, s);
      // one outline, clockwise: top bar with its serif, the two diagonals, bottom bar with its serif
      g.poly(
        [
          [6, 4],
          [26, 4],
          [26, 10],
          [24, 10],
          [23, 8],
          [12, 8],
          [18, 16],
          [12, 24],
          [23, 24],
          [24, 22],
          [26, 22],
          [26, 28],
          [6, 28],
          [6, 25.5],
          [13.5, 16],
          [6, 6.5],
        ],
        C.blue,
      );
    },
  },

  /** Clear the check marks: an eraser over a line. */
  clear: {
    px16(c) {
      // a 45-degree eraser drawn crisp: pixels whose centres fall inside the rotated box; the outline is the
      // inside pixels with an outside 4-neighbour
      const cx = 8.5;
      const cy = 7.5;
      const inBox = (x, y) => {
        const a = (x + 0.5 - cx + (y + 0.5 - cy)) / Math.SQRT2; // across the eraser
        const b = (x + 0.5 - cx - (y + 0.5 - cy)) / Math.SQRT2; // along it, positive towards the upper right
        return Math.abs(a) <= 3.2 && Math.abs(b) <= 7;
      };
      for (let y = 0; y < 16; y++) {
        for (let x = 0; x < 16; x++) {
          if (!inBox(x, y)) continue;
          const edge = !inBox(x - 1, y) || !inBox(x + 1, y) || !inBox(x, y - 1) || !inBox(x, y + 1);
          const b = (x + 0.5 - cx - (y + 0.5 - cy)) / Math.SQRT2;
          c.blend(x, y, edge ? C.ink : b > -2 ? C.red : C.paper);
        }
      }
      c.rect(7, 14, 16, 15, C.rule);
    },
    draw(c, s) {
      const g = grid(c, s);
      const t = g.stroke / g.k;
      const [cx, cy, half, wide] = [17, 14, 12, 6]; // centre, half length, half width (units)
      const at = (along, across) => [cx + (along + across) / Math.SQRT2, cy + (across - along) / Math.SQRT2];
      const quad = (a0, a1, w) => [at(a0, -w), at(a1, -w), at(a1, w), at(a0, w)];
      g.poly(quad(-half, half, wide), C.ink);
      g.poly(quad(-half + t, -3.5, wide - t), C.paper);
      g.poly(quad(-3.5 + t, half - t, wide - t), C.red);
      // the erased line
      g.rect(13, 28, 17, 2, C.rule);
    },
  },

  /** Open the pane: a window with a side pane on the right. */
  pane: {
    px16: [
      "................",
      "................",
      "KKKKKKKKKKKKKKKK",
      "KFFFFFFFFFFFFFFK",
      "KKKKKKKKKKKKKKKK",
      "KWWWWWWWKBBBBBBK",
      "KWGGGGWWKBWWWWBK",
      "KWWWWWWWKBBBBBBK",
      "KWGGGGGWKBWWWBBK",
      "KWWWWWWWKBBBBBBK",
      "KWGGGWWWKBWWWWBK",
      "KWWWWWWWKBBBBBBK",
      "KWWWWWWWKBBBBBBK",
      "KKKKKKKKKKKKKKKK",
      "................",
      "................",
    ],
    draw(c, s) {
      const g = grid(c, s);
      const st = g.stroke;
      const { X0, Y0, X1, Y1 } = g.box(1, 4, 30, 24, C.paper);
      const bar = g.snap(9);
      c.rect(X0 + st, Y0 + st, X1 - st, bar, C.fold);
      c.rect(X0, bar, X1, bar + st, C.ink);
      const split = g.snap(18);
      c.rect(split, bar, split + st, Y1, C.ink);
      c.rect(split + st, bar + st, X1 - st, Y1 - st, C.blue);
      for (const [y, w] of [
        [12, 9],
        [16, 10],
        [20, 7],
      ])
        g.rect(4, y, w, 2, C.green);
      for (const [y, w] of [
        [12, 8],
        [16, 6],
      ])
        g.rect(21, y, w, 2, C.paper);
    },
  },

  /** The add-in: a green tile with white Gantt bars (a project on a time line). */
  icon: {
    px16: [
      ".GGGGGGGGGGGGGG.",
      "GGGGGGGGGGGGGGGG",
      "GGGGGGGGGGGGGGGG",
      "GGWWWWWWGGGGGGGG",
      "GGWWWWWWGGGGGGGG",
      "GGGGGGGGGGGGGGGG",
      "GGGGGWWWWWWWGGGG",
      "GGGGGWWWWWWWGGGG",
      "GGGGGGGGGGGGGGGG",
      "GGGGGGGGGWWWWWGG",
      "GGGGGGGGGWWWWWGG",
      "GGGGGGGGGGGGGGGG",
      "GGWWWWWWWWWWWWGG",
      "GGGGGGGGGGGGGGGG",
      "GGGGGGGGGGGGGGGG",
      ".GGGGGGGGGGGGGG.",
    ],
    draw(c, s) {
      const g = grid(c, s);
      c.roundRect(0, 0, s, s, g.u(6), C.green);
      g.rect(5, 6, 12, 4, C.paper);
      g.rect(10, 12, 13, 4, C.paper);
      g.rect(17, 18, 10, 4, C.paper);
      g.rect(5, 24, 22, 2, C.greenLight);
    },
  },
};

function render(name, size) {
  const icon = ICONS[name];
  const c = new Canvas(size);
  if (size === 16) {
    if (typeof icon.px16 === "function") icon.px16(c);
    else c.pixels(icon.px16);
  } else {
    icon.draw(c, size);
  }
  return c;
}

/** Which files to write: the add-in icon in five sizes, each button icon in the three ribbon sizes. */
const OUTPUTS = [
  ...[16, 32, 64, 80, 128].map((size) => ({ name: "icon", size, file: `icon-${size}.png` })),
  ...["passport", "plan", "schedule", "validate", "compute", "clear", "pane"].flatMap((name) => [16, 32, 80].map((size) => ({ name, size, file: `${name}-${size}.png` }))),
];

/** A contact sheet: every icon enlarged 10x (nearest neighbour), on a light row and on a dark row. */
function preview(rendered, scale = 10) {
  const pad = 8;
  const cellW = rendered.map((r) => r.canvas.w * scale + pad);
  const width = cellW.reduce((a, b) => a + b, pad);
  const rowH = Math.max(...rendered.map((r) => r.canvas.h)) * scale + pad * 2;
  const sheet = new Canvas(width, rowH * 2);
  sheet.rect(0, 0, width, rowH, hex("#f3f3f3"));
  sheet.rect(0, rowH, width, rowH * 2, hex("#292929"));
  let x0 = pad;
  rendered.forEach((r, idx) => {
    const { canvas } = r;
    for (const top of [pad, rowH + pad]) {
      for (let y = 0; y < canvas.h; y++) {
        for (let x = 0; x < canvas.w; x++) {
          const i = (y * canvas.w + x) * 4;
          const color = [canvas.px[i], canvas.px[i + 1], canvas.px[i + 2], canvas.px[i + 3]];
          if (color[3] > 0) sheet.rect(x0 + x * scale, top + y * scale, x0 + (x + 1) * scale, top + (y + 1) * scale, color);
        }
      }
    }
    x0 += cellW[idx];
  });
  return sheet;
}

function main(argv) {
  fs.mkdirSync(ASSETS, { recursive: true });
  const rendered = OUTPUTS.map((o) => ({ ...o, canvas: render(o.name, o.size) }));
  for (const r of rendered) {
    fs.writeFileSync(path.join(ASSETS, r.file), encodePng(r.canvas.w, r.canvas.h, r.canvas.toRgba8()));
  }
  console.log(`${rendered.length} icons written to ${path.relative(process.cwd(), ASSETS) || "."}`);

  const i = argv.indexOf("--preview");
  if (i >= 0) {
    const dir = path.resolve(argv[i + 1] || path.join(require("os").tmpdir(), "project-office-icons"));
    if (dir === ASSETS || dir.startsWith(ASSETS + path.sep)) throw new Error("the preview does not go into assets/");
    fs.mkdirSync(dir, { recursive: true });
    // one sheet per size group keeps each sheet a reasonable size
    for (const size of [16, 32, 80]) {
      const group = rendered.filter((r) => r.size === size);
      const sheet = preview(group, size === 80 ? 4 : 10);
      const file = path.join(dir, `icons-${size}.png`);
      fs.writeFileSync(file, encodePng(sheet.w, sheet.h, sheet.toRgba8()));
      console.log(`preview: ${file}`);
    }
  }
}

module.exports = { encodePng, crc32, Canvas, ICONS, OUTPUTS, render };

if (require.main === module) main(process.argv.slice(2));
