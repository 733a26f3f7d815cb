import type { SiteLocale } from '@atlas/shared';
import { geoNaturalEarth1, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries from 'world-atlas/countries-110m.json' with { type: 'json' };
import type { LocalityView, PartnershipView } from './catalog.ts';

/**
 * The partner map, drawn at build time: Natural Earth country outlines (world-atlas, 1:110m) and one
 * marker per partner locality, projected into a fixed viewBox so the page needs no script and no tiles.
 */

/** One partnership's partner locality, as the map page hands it in. */
export interface PartnerPoint {
  name: string;
  /** Where the locality's marker leads. Points at one locality should share it (see `worldMap`). */
  href: string;
  latitude: number;
  longitude: number;
  countryName: string | null;
  partnershipTitle: string;
}

/** A locality on the map, with every partnership it takes part in. */
export interface MapMarker {
  key: string;
  name: string;
  href: string;
  countryName: string | null;
  partnershipTitles: string[];
  /** Position and radius in viewBox units. */
  x: number;
  y: number;
  r: number;
}

export interface WorldMap {
  width: number;
  height: number;
  viewBox: string;
  /** The globe's outline (the sea), the land, and the borders between countries: SVG path data. */
  sphere: string;
  land: string;
  borders: string;
  /** Sorted by locality name in the locale's collation; the list beside the map uses the same order. */
  markers: MapMarker[];
}

export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 500;
const MARGIN = 4;
/**
 * One decimal of a viewBox unit is below a screen pixel at any width the page shows the map, and path
 * data written relative to the previous point (`l.7-.5`) is half the size of absolute coordinates: the
 * outline stays near 55 KB inline.
 */
const DIGITS = 1;

type WorldTopology = Topology<{ countries: GeometryCollection; land: GeometryCollection }>;

// The JSON module's inferred type says `type: string`; checking the shape once lets it be used as the
// topology it is without a cast.
function isWorldTopology(value: unknown): value is WorldTopology {
  if (typeof value !== 'object' || value === null || !('type' in value) || value.type !== 'Topology') return false;
  if (!('objects' in value) || typeof value.objects !== 'object' || value.objects === null) return false;
  const objects = value.objects;
  const isCollection = (object: unknown) => typeof object === 'object' && object !== null && 'type' in object && object.type === 'GeometryCollection';
  return 'countries' in objects && isCollection(objects.countries) && 'land' in objects && isCollection(objects.land);
}

/** The projection every map shares: Natural Earth, fitted to the viewBox (its 1.92:1 suits 960×500). */
export function mapProjection() {
  return geoNaturalEarth1().fitExtent(
    [
      [MARGIN, MARGIN],
      [MAP_WIDTH - MARGIN, MAP_HEIGHT - MARGIN],
    ],
    { type: 'Sphere' },
  );
}

/**
 * Rewrites d3's absolute path data (`M x,y L x,y … Z`, rounded to DIGITS) as relative line-tos, and
 * drops the zero-length segments rounding leaves behind. Deltas are taken between already rounded
 * points, in integer steps, so no error accumulates along a coastline.
 */
export function compactPath(d: string, digits = DIGITS): string {
  const scale = 10 ** digits;
  const text = (steps: number) => String(steps / scale).replace(/^(-?)0\./, '$1.');
  let out = '';
  let x = 0;
  let y = 0;
  let afterMove = true;
  for (const [, command, args = ''] of d.matchAll(/([MLZ])([^MLZ]*)/g)) {
    if (command === 'Z') {
      out += 'z';
      continue;
    }
    const [ax = 0, ay = 0] = args.split(',').map((n) => Math.round(Number(n) * scale));
    if (command === 'M') {
      out += `M${text(ax)},${text(ay)}`;
      [x, y, afterMove] = [ax, ay, true];
      continue;
    }
    const [dx, dy] = [ax - x, ay - y];
    if (dx === 0 && dy === 0) continue;
    const pair = `${text(dx)}${dy < 0 ? '' : ','}${text(dy)}`;
    // The first line-to after a move names its command; the rest repeat it implicitly, separated by a
    // space unless the minus sign already separates them.
    out += afterMove ? `l${pair}` : `${pair.startsWith('-') ? '' : ' '}${pair}`;
    [x, y, afterMove] = [ax, ay, false];
  }
  return out;
}

/** The Natural Earth 1:110m countries and land, checked once. */
export function worldTopology(): WorldTopology {
  if (!isWorldTopology(countries)) throw new Error('world-atlas/countries-110m.json is not the expected TopoJSON topology');
  return countries;
}

let outlines: Pick<WorldMap, 'sphere' | 'land' | 'borders'> | null = null;

/** The outlines do not depend on the points: drawn once per build, shared by both locales. */
function worldOutlines(): Pick<WorldMap, 'sphere' | 'land' | 'borders'> {
  if (outlines) return outlines;
  const world = worldTopology();
  const path = geoPath(mapProjection()).digits(DIGITS);
  const draw = (object: GeoPermissibleObjects) => compactPath(path(object) ?? '');
  outlines = {
    sphere: draw({ type: 'Sphere' }),
    land: draw(feature(world, world.objects.land)),
    // Shared arcs only (a !== b): coastlines are the land's own outline, so they are not drawn twice.
    borders: draw(mesh(world, world.objects.countries, (a, b) => a !== b)),
  };
  return outlines;
}

/** Localities are the same when name and position agree to about 10 m. */
const localityKey = (point: PartnerPoint) => `${point.name}@${point.latitude.toFixed(4)},${point.longitude.toFixed(4)}`;
const round = (n: number) => Math.round(n * 10) / 10;
/** A locality with more partnerships gets a larger marker, growing with the square root: 6.3 units for one, 9.9 for nine. */
const radius = (partnerships: number) => round(4.5 + 1.8 * Math.sqrt(Math.max(1, partnerships)));

/**
 * The map: outlines and one marker per locality. Points at the same locality merge into one marker
 * listing all their partnerships; its href is the first point's in partnership-title order.
 */
export function worldMap(points: readonly PartnerPoint[], locale: SiteLocale): WorldMap {
  const projection = mapProjection();
  const collate = (a: string, b: string) => a.localeCompare(b, locale);
  const groups = new Map<string, PartnerPoint[]>();
  for (const point of [...points].sort((a, b) => collate(a.partnershipTitle, b.partnershipTitle))) {
    const key = localityKey(point);
    groups.set(key, [...(groups.get(key) ?? []), point]);
  }
  const markers = [...groups].flatMap(([key, group]): MapMarker[] => {
    const [first] = group;
    const position = first ? projection([first.longitude, first.latitude]) : null;
    if (!first || !position) return [];
    const partnershipTitles = [...new Set(group.map((point) => point.partnershipTitle))];
    const [x, y] = position;
    return [
      {
        key,
        name: first.name,
        href: first.href,
        countryName: first.countryName,
        partnershipTitles,
        x: round(x),
        y: round(y),
        r: radius(partnershipTitles.length),
      },
    ];
  });
  return {
    width: MAP_WIDTH,
    height: MAP_HEIGHT,
    viewBox: `0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`,
    ...worldOutlines(),
    markers: markers.sort((a, b) => collate(a.name, b.name) || collate(a.countryName ?? '', b.countryName ?? '')),
  };
}

/**
 * The partner localities of a catalog's partnerships as map points. A partnership whose partner
 * locality has no coordinates has no place on the map and is left out; `href` names the locality's
 * link, so every point at one locality shares it.
 */
export function partnerPoints(partnerships: readonly PartnershipView[], href: (locality: LocalityView) => string): PartnerPoint[] {
  return partnerships.flatMap((partnership): PartnerPoint[] => {
    const locality = partnership.partnerLocality;
    if (locality?.latitude == null || locality.longitude === null) return [];
    return [
      {
        name: locality.name,
        href: href(locality),
        latitude: locality.latitude,
        longitude: locality.longitude,
        countryName: locality.country?.name ?? null,
        partnershipTitle: partnership.title,
      },
    ];
  });
}
