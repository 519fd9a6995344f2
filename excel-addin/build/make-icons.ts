/**
 * Draws the add-in's icons (a white gate on a teal tile) at the sizes Office asks for,
 * into excel-addin/assets. Run with `tsx excel-addin/build/make-icons.ts`; the PNGs are committed.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';

export const ICON_SIZES = [16, 32, 64, 80, 128] as const;

const TEAL = [0x0f, 0x6c, 0x7a];
const WHITE = [0xff, 0xff, 0xff];

/** Whether point (x, y) of a unit square lies on the gate: two posts and two rails. */
function onGate(x: number, y: number): boolean {
  const post = (x > 0.2 && x < 0.32) || (x > 0.68 && x < 0.8);
  const rail = x >= 0.2 && x <= 0.8 && ((y > 0.36 && y < 0.46) || (y > 0.58 && y < 0.68));
  return (post && y > 0.2 && y < 0.82) || rail;
}

export function drawIcon(size: number): Buffer {
  const png = new PNG({ width: size, height: size });
  const radius = size * 0.18;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const i = (y * size + x) * 4;
      const dx = Math.max(radius - x - 0.5, 0, x + 0.5 - (size - radius));
      const dy = Math.max(radius - y - 0.5, 0, y + 0.5 - (size - radius));
      const inside = dx * dx + dy * dy <= radius * radius;
      const colour = onGate((x + 0.5) / size, (y + 0.5) / size) ? WHITE : TEAL;
      png.data[i] = colour[0]!;
      png.data[i + 1] = colour[1]!;
      png.data[i + 2] = colour[2]!;
      png.data[i + 3] = inside ? 255 : 0;
    }
  }
  return PNG.sync.write(png);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const size of ICON_SIZES) {
    writeFileSync(new URL(`../assets/icon-${size}.png`, import.meta.url), drawIcon(size));
  }
}
