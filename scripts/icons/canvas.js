/** Canvas: straight-alpha RGBA floats, "source over" compositing, supersampled anti-aliased shapes. */
"use strict";

const { LETTERS } = require("./palette");

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

module.exports = { Canvas, SS };
