/**
 * Draws the app's two Teams icons (manifest/color.png 192x192, manifest/outline.png 32x32) from a few shapes:
 * a column of vertebrae (the spine) beside a three-node pathway. Run with `npm run icons`; the PNGs are committed.
 * Shapes are signed-distance functions sampled 4x4 per pixel, so edges are anti-aliased at any size.
 */
import { writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';

type Rgba = readonly [number, number, number, number];
/** Distance to the shape in unit coordinates (0..1 across the icon); negative inside. */
type Shape = (x: number, y: number) => number;
interface Layer {
  shape: Shape;
  color: Rgba;
}

const roundedRect =
  (cx: number, cy: number, hw: number, hh: number, r: number): Shape =>
  (x, y) => {
    const qx = Math.abs(x - cx) - hw + r;
    const qy = Math.abs(y - cy) - hh + r;
    return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
  };
const circle =
  (cx: number, cy: number, r: number): Shape =>
  (x, y) =>
    Math.hypot(x - cx, y - cy) - r;
const segment =
  (ax: number, ay: number, bx: number, by: number, w: number): Shape =>
  (x, y) => {
    const dx = bx - ax;
    const dy = by - ay;
    const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
    return Math.hypot(x - ax - t * dx, y - ay - t * dy) - w / 2;
  };

/** Five vertebrae on a gentle lumbar curve, largest at the bottom. */
function spine(thick: boolean): Shape[] {
  const rows = [0.19, 0.335, 0.48, 0.625, 0.78];
  return rows.map((cy, i) => {
    const cx = 0.34 - 0.045 * Math.sin((i / (rows.length - 1)) * Math.PI);
    const hw = (thick ? 0.1 : 0.085) + i * 0.012;
    const hh = thick ? 0.055 : 0.05;
    return roundedRect(cx, cy, hw, hh, hh * 0.8);
  });
}

/** The pathway: three steps joined by a line, to the right of the spine. */
function pathway(thick: boolean): Shape[] {
  const line = thick ? 0.07 : 0.045;
  const nodes: [number, number][] = [
    [0.74, 0.24],
    [0.74, 0.5],
    [0.74, 0.76],
  ];
  const first = nodes[0]!;
  const last = nodes[2]!;
  return [
    segment(first[0], first[1], last[0], last[1], line),
    ...nodes.map(([x, y]) => circle(x, y, thick ? 0.09 : 0.075)),
  ];
}

function render(size: number, background: Rgba | undefined, layers: Layer[]): Buffer {
  const png = new PNG({ width: size, height: size });
  const ss = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let [r, g, b, a] = [0, 0, 0, 0];
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const x = (px + (sx + 0.5) / ss) / size;
          const y = (py + (sy + 0.5) / ss) / size;
          let c: Rgba = background ?? [0, 0, 0, 0];
          for (const layer of layers) if (layer.shape(x, y) <= 0) c = layer.color;
          r += c[0] * c[3];
          g += c[1] * c[3];
          b += c[2] * c[3];
          a += c[3];
        }
      }
      const i = (py * size + px) * 4;
      png.data[i] = a ? Math.round(r / a) : 0;
      png.data[i + 1] = a ? Math.round(g / a) : 0;
      png.data[i + 2] = a ? Math.round(b / a) : 0;
      png.data[i + 3] = Math.round((a / (ss * ss)) * 255);
    }
  }
  return PNG.sync.write(png);
}

const WHITE: Rgba = [255, 255, 255, 1];
const ACCENT: Rgba = [0x1f, 0x6f, 0x8b, 1];
const AMBER: Rgba = [0xf2, 0xb1, 0x34, 1];

export function drawColorIcon(): Buffer {
  const layers: Layer[] = [
    ...spine(false).map((shape) => ({ shape, color: WHITE })),
    ...pathway(false).map((shape, i) => ({ shape, color: i === 0 ? WHITE : AMBER })),
  ];
  return render(192, ACCENT, layers);
}

/** Teams outline icon: white on transparent only. */
export function drawOutlineIcon(): Buffer {
  const layers: Layer[] = [...spine(true), ...pathway(true)].map((shape) => ({ shape, color: WHITE }));
  return render(32, undefined, layers);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = new URL('../manifest/', import.meta.url);
  writeFileSync(new URL('color.png', dir), drawColorIcon());
  writeFileSync(new URL('outline.png', dir), drawOutlineIcon());
  process.stdout.write('wrote manifest/color.png (192x192) and manifest/outline.png (32x32)\n');
}
