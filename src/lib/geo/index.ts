/**
 * Geography for "where do I go": distances, walking time, direction arrows and the
 * nearest-site index. Pure functions, no DOM: the page, a worker and Node share them.
 */
export { EARTH_RADIUS_METERS, haversineMeters, type LatLng } from './distance';
export { WALKING_SPEED_KMH, walkingMinutes } from './walking';
export { bearingDegrees, compassPoint, compassPoints, type CompassPoint } from './bearing';
export { directionTo, type Direction } from './direction';
export { createSiteIndex, nearestSitesForHazard, type HazardSite, type NearestSite, type SiteIndex } from './site-index';
export { coordinateProblem, isInIwaki, iwakiBounds } from './iwaki-bounds';
export { validateFeatureCollection, type GeoJsonFeature, type GeoJsonFeatureCollection, type GeoJsonIssue } from './geojson';
export { depthLevels, hazardAreaIssues, hazardAreaLevels, landslideLevels, type HazardAreaLevel, type HazardAreaProperties } from './hazard-areas';
