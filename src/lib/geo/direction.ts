import { bearingDegrees, compassPoint, type CompassPoint } from './bearing';
import { haversineMeters, type LatLng } from './distance';
import { walkingMinutes } from './walking';

/** Everything the "go there" line of a site card shows. */
export interface Direction {
  /** Straight-line distance in metres. */
  meters: number;
  /** On foot at WALKING_SPEED_KMH over the straight-line distance, rounded up. */
  minutes: number;
  /** Degrees clockwise from north, for rotating the arrow. */
  bearing: number;
  compass: CompassPoint;
}

export function directionTo(here: LatLng, there: LatLng): Direction {
  const meters = haversineMeters(here, there);
  const bearing = bearingDegrees(here, there);
  return { meters, minutes: walkingMinutes(meters), bearing, compass: compassPoint(bearing) };
}
