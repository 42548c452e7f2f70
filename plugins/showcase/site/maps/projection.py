"""The maps' projection: ETRS89-LAEA (EPSG:3035), Lambert azimuthal equal-area centred at 52° N, 10° E.

The EU's projection for statistical maps of Europe: equal-area, so the north
is not inflated the way it is on a web map (Mercator), and shapes stay true
near the centre. Ellipsoidal formulas (GRS 80) from Snyder, *Map Projections:
A Working Manual* (1987), pp. 187-190, as in EPSG Guidance Note 7-2; the
result is in metres, easting and northing with EPSG:3035's false origin.
"""

from __future__ import annotations

import math

# GRS 80
_A = 6378137.0
_F = 1 / 298.257222101
_E2 = _F * (2 - _F)
_E = math.sqrt(_E2)

LAT0 = 52.0
LON0 = 10.0
FALSE_EASTING = 4321000.0
FALSE_NORTHING = 3210000.0


def _q(sin_phi: float) -> float:
    es = _E * sin_phi
    return (1 - _E2) * (sin_phi / (1 - _E2 * sin_phi * sin_phi) - math.log((1 - es) / (1 + es)) / (2 * _E))


_QP = _q(1.0)
_RQ = _A * math.sqrt(_QP / 2)
_BETA0 = math.asin(_q(math.sin(math.radians(LAT0))) / _QP)
_SIN_B0 = math.sin(_BETA0)
_COS_B0 = math.cos(_BETA0)
_D = _A * math.cos(math.radians(LAT0)) / math.sqrt(1 - _E2 * math.sin(math.radians(LAT0)) ** 2) / (_RQ * _COS_B0)
_LAMBDA0 = math.radians(LON0)


def project(lon: float, lat: float) -> tuple[float, float]:
    """(easting, northing) in metres of a point given in degrees (ETRS89 ≈ WGS 84 at a map's scale)."""
    beta = math.asin(max(-1.0, min(1.0, _q(math.sin(math.radians(lat))) / _QP)))
    sin_b, cos_b = math.sin(beta), math.cos(beta)
    dl = math.radians(lon) - _LAMBDA0
    cos_dl = math.cos(dl)
    # The antipode of the centre (52° S, 170° W) has no image: keep clear of it.
    b = _RQ * math.sqrt(2 / max(1e-12, 1 + _SIN_B0 * sin_b + _COS_B0 * cos_b * cos_dl))
    x = FALSE_EASTING + b * _D * cos_b * math.sin(dl)
    y = FALSE_NORTHING + (b / _D) * (_COS_B0 * sin_b - _SIN_B0 * cos_b * cos_dl)
    return x, y


def unproject(x: float, y: float) -> tuple[float, float]:
    """(longitude, latitude) in degrees of a point in EPSG:3035 metres: the inverse of :func:`project`."""
    dx, dy = x - FALSE_EASTING, y - FALSE_NORTHING
    rho = math.hypot(dx / _D, _D * dy)
    if rho < 1e-9:
        return LON0, LAT0
    c = 2 * math.asin(min(1.0, rho / (2 * _RQ)))
    sin_c, cos_c = math.sin(c), math.cos(c)
    beta = math.asin(max(-1.0, min(1.0, cos_c * _SIN_B0 + _D * dy * sin_c * _COS_B0 / rho)))
    lam = _LAMBDA0 + math.atan2(dx * sin_c, _D * rho * _COS_B0 * cos_c - _D * _D * dy * _SIN_B0 * sin_c)
    e4, e6 = _E2 * _E2, _E2 * _E2 * _E2
    phi = (
        beta
        + (_E2 / 3 + 31 * e4 / 180 + 517 * e6 / 5040) * math.sin(2 * beta)
        + (23 * e4 / 360 + 251 * e6 / 3780) * math.sin(4 * beta)
        + (761 * e6 / 45360) * math.sin(6 * beta)
    )
    lon = (math.degrees(lam) + 180) % 360 - 180
    return lon, math.degrees(phi)
