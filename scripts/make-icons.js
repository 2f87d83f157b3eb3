#!/usr/bin/env node
/**
 * Draws the add-in's icons and writes them to assets/ as PNG files.
 *
 *   node scripts/make-icons.js                 writes assets/*.png
 *   node scripts/make-icons.js --preview DIR   also writes DIR/icons-preview.png: every icon enlarged 10x
 *                                             on a light and a dark background (never into assets/)
 *
 * Plain Node: the PNG encoder below uses only zlib from Node's standard library.
 *
 * The 16 px icons are drawn pixel by pixel (crisp 1 px strokes); the 32, 64, 80 and 128 px icons are drawn
 * from shapes on a 32-unit grid whose straight edges land on whole pixels, with anti-aliased diagonals and
 * curves. One palette for all icons.
 */
"use strict";

const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const ASSETS = path.resolve(__dirname, "..", "assets");

// ---------------------------------------------------------------------------------------------------------
// Palette
// ---------------------------------------------------------------------------------------------------------

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

// ---------------------------------------------------------------------------------------------------------
// PNG encoding (RGBA, 8 bits per channel) with zlib
// ---------------------------------------------------------------------------------------------------------

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (let i = 0; i < buf.length; i++) c = CRC_TABLE[(c ^ buf[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length, 0);
  const typeAndData = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData), 0);
  return Buffer.concat([len, typeAndData, crc]);
}

/** rgba: Uint8Array of width*height*4 bytes, rows top to bottom. */
function encodePng(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: RGBA
  ihdr[10] = 0; // compression
  ihdr[11] = 0; // filter
  ihdr[12] = 0; // no interlace
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, rgba.byteOffset + y * width * 4, width * 4).copy(raw, y * (width * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

// ---------------------------------------------------------------------------------------------------------
// Canvas: straight-alpha RGBA floats, "source over" compositing
// ---------------------------------------------------------------------------------------------------------

const SS = 8; // supersampling per axis for anti-aliased shapes

class Canvas {
  constructor(width, height = width) {
    this.w = width;
    this.h = height;
    this.px = new Float64Array(width * height * 4); // r, g, b in 0..255, a in 0..1
  }

  /** Paints colour [r, g, b, a] over pixel (x, y) with the given coverage 0..1. */
  blend(x, y, color, coverage = 1) {
    if (x < 0 || y < 0 || x >= this.w || y >= this.h || coverage <= 0) return;
    const i = (y * this.w + x) * 4;
    const sa = color[3] * Math.min(1, coverage);
    const da = this.px[i + 3];
    const oa = sa + da * (1 - sa);
    if (oa <= 0) return;
    for (let k = 0; k < 3; k++) this.px[i + k] = (color[k] * sa + this.px[i + k] * da * (1 - sa)) / oa;
    this.px[i + 3] = oa;
  }

  /** Axis-aligned rectangle [x0, x1) x [y0, y1) in pixels, exact area coverage (crisp on whole pixels). */
  rect(x0, y0, x1, y1, color) {
    for (let y = Math.floor(y0); y < Math.ceil(y1); y++) {
      const cy = Math.min(y + 1, y1) - Math.max(y, y0);
      for (let x = Math.floor(x0); x < Math.ceil(x1); x++) {
        const cx = Math.min(x + 1, x1) - Math.max(x, x0);
        this.blend(x, y, color, cx * cy);
      }
    }
  }

  /** Any shape given by inside(x, y) in pixel coordinates, within a bounding box; anti-aliased by supersampling. */
  shape(inside, bbox, color) {
    const [bx0, by0, bx1, by1] = bbox;
    for (let y = Math.max(0, Math.floor(by0)); y < Math.min(this.h, Math.ceil(by1)); y++) {
      for (let x = Math.max(0, Math.floor(bx0)); x < Math.min(this.w, Math.ceil(bx1)); x++) {
        let n = 0;
        for (let sy = 0; sy < SS; sy++) {
          for (let sx = 0; sx < SS; sx++) if (inside(x + (sx + 0.5) / SS, y + (sy + 0.5) / SS)) n++;
        }
        this.blend(x, y, color, n / (SS * SS));
      }
    }
  }

  polygon(points, color) {
    const xs = points.map((p) => p[0]);
    const ys = points.map((p) => p[1]);
    const inside = (x, y) => {
      let wind = 0; // non-zero winding
      for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
        const [xi, yi] = points[i];
        const [xj, yj] = points[j];
        if (yj <= y) {
          if (yi > y && (xi - xj) * (y - yj) - (x - xj) * (yi - yj) > 0) wind++;
        } else if (yi <= y && (xi - xj) * (y - yj) - (x - xj) * (yi - yj) < 0) wind--;
      }
      return wind !== 0;
    };
    this.shape(inside, [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)], color);
  }

  circle(cx, cy, r, color) {
    this.shape((x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r, [cx - r, cy - r, cx + r, cy + r], color);
  }

  roundRect(x0, y0, x1, y1, r, color) {
    const inside = (x, y) => {
      const qx = Math.max(x0 + r - x, 0, x - (x1 - r));
      const qy = Math.max(y0 + r - y, 0, y - (y1 - r));
      return qx * qx + qy * qy <= r * r;
    };
    this.shape(inside, [x0, y0, x1, y1], color);
  }

  /** A polyline of width w with square joins filled by round caps at the joints. */
  polyline(points, w, color) {
    const segs = [];
    for (let i = 1; i < points.length; i++) segs.push([points[i - 1], points[i]]);
    const inside = (x, y) =>
      segs.some(([[ax, ay], [bx, by]]) => {
        const dx = bx - ax;
        const dy = by - ay;
        const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
        return (x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2 <= (w / 2) ** 2;
      });
    const xs = points.map((p) => p[0]);
    const ys = points.map((p) => p[1]);
    this.shape(inside, [Math.min(...xs) - w, Math.min(...ys) - w, Math.max(...xs) + w, Math.max(...ys) + w], color);
  }

  /** A pixel drawing: one string per row, one letter per pixel (see LETTERS). */
  pixels(rows, x = 0, y = 0) {
    rows.forEach((row, j) => {
      [...row].forEach((ch, i) => {
        if (ch === "." || ch === " ") return;
        const color = LETTERS[ch];
        if (!color) throw new Error(`unknown pixel letter ${ch}`);
        this.blend(x + i, y + j, color, 1);
      });
    });
  }

  toRgba8() {
    const out = new Uint8Array(this.w * this.h * 4);
    for (let i = 0; i < this.w * this.h; i++) {
      const a = this.px[i * 4 + 3];
      for (let k = 0; k < 3; k++) out[i * 4 + k] = a > 0 ? Math.round(this.px[i * 4 + k]) : 0;
      out[i * 4 + 3] = Math.round(a * 255);
    }
    return out;
  }
}

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
  const poly = (pts, color) => c.polygon(pts.map(([x, y]) => [u(x), u(y)]), color);
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
      g.poly([[x0, y0], [x1 - f, y0], [x1, y0 + f], [x1, y1], [x0, y1]], C.ink);
      g.poly([[x0 + t, y0 + t], [x1 - f - d, y0 + t], [x1 - t, y0 + f + d], [x1 - t, y1 - t], [x0 + t, y1 - t]], C.paper);
      // folded corner
      g.poly([[x1 - f, y0], [x1, y0 + f], [x1 - f, y0 + f]], C.ink);
      g.poly([[x1 - f + t, y0 + t + d + t], [x1 - t - d - t, y0 + f - t], [x1 - f + t, y0 + f - t]], C.fold);
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
      c.polyline([[g.u(8.5), g.u(16.5)], [g.u(13.5), g.u(21.5)], [g.u(23.5), g.u(10.5)]], g.u(3.6), C.paper);
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
          [6, 4], [26, 4], [26, 10], [24, 10], [23, 8], [12, 8],
          [18, 16],
          [12, 24], [23, 24], [24, 22], [26, 22], [26, 28], [6, 28], [6, 25.5],
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
      for (const [y, w] of [[12, 9], [16, 10], [20, 7]]) g.rect(4, y, w, 2, C.green);
      for (const [y, w] of [[12, 8], [16, 6]]) g.rect(21, y, w, 2, C.paper);
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
  ...["passport", "plan", "schedule", "validate", "compute", "clear", "pane"].flatMap((name) =>
    [16, 32, 80].map((size) => ({ name, size, file: `${name}-${size}.png` })),
  ),
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
