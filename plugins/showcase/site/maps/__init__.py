"""Maps drawn at build time as SVG in the page: no tiles, no script, no request to another host.

- :mod:`.places`: the input, what each project shows on the maps (countries,
  places with coordinates), derived from the content in one function.
- :mod:`.topology`: Natural Earth's countries from npm's ``world-atlas`` (TopoJSON), decoded.
- :mod:`.projection`: ETRS89-LAEA (EPSG:3035), equal-area.
- :mod:`.atlas`, :mod:`.geometry`, :mod:`.frame`: arcs projected once per
  process, simplified to the map's scale (Visvalingam), cut to its frame,
  written as SVG path data in whole units.
- :mod:`.layout`: points grouped where they would overlap, labels placed clear of each other.
- :mod:`.drawing`: the site's maps (a project's, all projects', a country's), once per build for every language.
- :mod:`.views`: a map in the reader's language for ``partials/showcase/map.html``.

No MkDocs here.
"""
