/**
 * The partner map: localities land where they are on the globe, one marker per locality whatever the
 * number of partnerships there, and the inline outlines stay within their size budget.
 */
import { geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import { describe, expect, it } from 'vitest';
import { compactPath, MAP_HEIGHT, MAP_WIDTH, mapProjection, worldMap, worldTopology, type PartnerPoint } from '../../src/lib/world-map.ts';

const point = (overrides: Partial<PartnerPoint> & Pick<PartnerPoint, 'name' | 'latitude' | 'longitude'>): PartnerPoint => ({
  href: `/localities/${overrides.name.toLowerCase()}/`,
  countryName: null,
  partnershipTitle: `Hà Nội – ${overrides.name}`,
  ...overrides,
});
const hanoi = point({ name: 'Hà Nội', latitude: 21.03, longitude: 105.85, countryName: 'Việt Nam' });
const paris = point({ name: 'Paris', latitude: 48.86, longitude: 2.35, countryName: 'Pháp', partnershipTitle: 'Hà Nội – Paris' });
const parisAgain = { ...paris, partnershipTitle: 'Chương trình hợp tác Hà Nội – Paris 2024' };

const near = (point: number[] | undefined, x: number, y: number) =>
  point !== undefined && Math.abs((point[0] ?? NaN) - x) <= 0.0501 && Math.abs((point[1] ?? NaN) - y) <= 0.0501;

function landOf() {
  const world = worldTopology();
  return feature(world, world.objects.land);
}

/** Reads compacted path data back into absolute points, one list per subpath. */
function absolutePoints(d: string): Array<Array<[number, number]>> {
  const rings: Array<Array<[number, number]>> = [];
  for (const [, command, args = ''] of d.matchAll(/([MlZz])([^MlZz]*)/g)) {
    const numbers = (args.match(/-?(?:\d+\.?\d*|\.\d+)/g) ?? []).map(Number);
    if (command === 'M') rings.push([[numbers[0] ?? NaN, numbers[1] ?? NaN]]);
    if (command !== 'l') continue;
    const ring = rings.at(-1) ?? [];
    for (let i = 0; i < numbers.length; i += 2) {
      const [x, y] = ring.at(-1) ?? [NaN, NaN];
      ring.push([x + (numbers[i] ?? NaN), y + (numbers[i + 1] ?? NaN)]);
    }
  }
  return rings;
}

describe('worldMap', () => {
  const map = worldMap([paris, hanoi], 'vi');
  const marker = (name: string) => map.markers.find((m) => m.name === name);

  it('projects Hanoi inside the viewBox, east of and south of Paris', () => {
    const [h, p] = [marker('Hà Nội'), marker('Paris')];
    expect(map.viewBox).toBe(`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`);
    for (const m of [h, p]) {
      expect(m?.x).toBeGreaterThan(0);
      expect(m?.x).toBeLessThan(MAP_WIDTH);
      expect(m?.y).toBeGreaterThan(0);
      expect(m?.y).toBeLessThan(MAP_HEIGHT);
    }
    expect(h?.x).toBeGreaterThan(p?.x ?? Infinity);
    expect(h?.y).toBeGreaterThan(p?.y ?? Infinity);
    // The prime meridian runs through the middle of the map, and Paris sits just east of it.
    expect(p?.x).toBeGreaterThan(MAP_WIDTH / 2);
    expect(p?.x).toBeLessThan(MAP_WIDTH / 2 + 20);
  });

  it('merges the points of one locality into one marker listing every partnership', () => {
    const merged = worldMap([paris, hanoi, parisAgain], 'vi');
    const parisMarkers = merged.markers.filter((m) => m.name === 'Paris');
    expect(parisMarkers).toHaveLength(1);
    expect(parisMarkers[0]?.partnershipTitles).toEqual(['Chương trình hợp tác Hà Nội – Paris 2024', 'Hà Nội – Paris']);
    expect(parisMarkers[0]?.r).toBeGreaterThan(merged.markers.find((m) => m.name === 'Hà Nội')?.r ?? Infinity);
    expect(merged.markers).toHaveLength(2);
  });

  it('keeps apart two localities of one name in different places, and sorts markers by name', () => {
    const portland = point({ name: 'Portland', latitude: 45.52, longitude: -122.68, countryName: 'Hoa Kỳ' });
    const maine = point({ name: 'Portland', latitude: 43.66, longitude: -70.26, countryName: 'Hoa Kỳ' });
    const { markers } = worldMap([portland, paris, maine, hanoi], 'vi');
    expect(markers.map((m) => m.name)).toEqual(['Hà Nội', 'Paris', 'Portland', 'Portland']);
    expect(new Set(markers.map((m) => m.key)).size).toBe(4);
  });

  it('draws an empty map without markers', () => {
    const empty = worldMap([], 'en');
    expect(empty.markers).toEqual([]);
    expect(empty.land.length).toBeGreaterThan(0);
  });

  it('keeps the outlines non-empty and under 60 KB inline', () => {
    const bytes = (s: string) => Buffer.byteLength(s, 'utf8');
    for (const d of [map.sphere, map.land, map.borders]) expect(d).toMatch(/^M\d/);
    const total = bytes(map.sphere) + bytes(map.land) + bytes(map.borders);
    console.info(`map outlines: sphere ${bytes(map.sphere)} B, land ${bytes(map.land)} B, borders ${bytes(map.borders)} B, total ${total} B`);
    expect(total).toBeLessThan(60_000);
  });

  it('compacts the outlines without moving any point by more than its rounding', () => {
    const projected = geoPath(mapProjection());
    const exact = (d: string) =>
      d.split(/(?=M)/).map((ring) =>
        ring
          .split(/[MLZ]/)
          .filter(Boolean)
          .map((pair) => pair.split(',').map(Number)),
      );
    for (const [compacted, absolute] of [
      [map.sphere, projected({ type: 'Sphere' }) ?? ''],
      [map.land, projected(landOf()) ?? ''],
    ] as const) {
      const rings = absolutePoints(compacted);
      const exactRings = exact(absolute);
      expect(rings).toHaveLength(exactRings.length);
      // Points come in d3's order, less the ones rounding made repeat: each is the next exact point
      // that lies within half a last digit of it.
      rings.forEach((ring, r) => {
        const candidates = exactRings[r] ?? [];
        let next = 0;
        for (const [x, y] of ring) {
          while (next < candidates.length && !near(candidates[next], x, y)) next += 1;
          expect(next, `ring ${r} point ${x},${y}`).toBeLessThan(candidates.length);
        }
      });
    }
  });
});

describe('compactPath', () => {
  it.each([
    ['M10,10L12.25,10L12.25,10L11,9Z', 'M10,10l2.3,0-1.3-1z'],
    ['M0.04,0.5L0.3,0.2L1,1', 'M0,.5l.3-.3 .7,.8'],
    ['M1,1L1,1Z', 'M1,1z'],
  ])('%s → %s', (input, expected) => {
    expect(compactPath(input, 1)).toBe(expected);
  });
});
