"""Interface strings of the maps and of the reader's frame, with what each is for (``data/ui/<language>.yml``).

Part of :data:`~showcase.content.documents.SITE_STRINGS`: strings that label no field.
"""

from __future__ import annotations

MAP_STRINGS: tuple[tuple[str, str], ...] = (
    ("map_title_project", "Heading of a project's map, and the map's title."),
    ("map_title_all", "Heading and title of the map of all projects (home page, project list)."),
    ("map_title_country", "Title of a country page's map; {country} is the country's name."),
    ("map_desc_countries", "Description of a map: its shaded countries; {countries} is their names."),
    ("map_desc_places", "Description of a project's map: its places; {places} is their names."),
    ("map_desc_links", "Description of a map whose points are links: what the points and the numbered circles lead to."),
    ("map_point", "Accessible name of a point on a map; {place} is the place, {project} the project (or the number of projects)."),
    ("map_places", "Heading of the places of a map as a text list."),
    ("map_countries", "Heading of the countries of a map as a text list."),
    ("map_legend_country", "Legend of a project's map: a shaded country is one of the project's."),
    ("map_legend_countries", "Legend of a map of several projects: a shaded country has projects."),
    ("map_legend_point", "Legend: a point is a place of a project."),
    ("map_legend_group", "Legend: a circle with a number is several projects close together."),
    ("map_button", "The button that shows and hides the map of all projects above the project list on a phone."),
    ("map_skip", "Link that skips over a map's points to what follows the map."),
)
"""The maps of the projects' countries and places."""

FRAME_STRINGS: tuple[tuple[str, str], ...] = (
    ("site_publisher", "Footer: who publishes the site; {publisher} is its name (extra.publisher in mkdocs.yml)."),
    ("about_site", "Footer link to the page about the site and who publishes it."),
    ("contact", "Footer link and heading on the About page: how to reach the publisher."),
    ("contact_text", "Text before the publisher's e-mail address on the About page."),
    ("contact_none", "Shown instead of the publisher's address while none is set (extra.publisher.email)."),
    ("filter_button", "The button that shows and hides the filters of the project list."),
    ("filters_active", "How many filters are chosen, said with the Filter button; {n} is the number (plural forms)."),
    ("filter_chips", "Accessible name of the chosen filters shown above the list, each a button that removes it."),
    ("filter_remove", "Accessible name of the button removing one chosen filter; {filter} is the filter and its value."),
    ("list_order_newest", "End of the project list's intro line when it is sorted newest first (after a comma)."),
    ("list_order_title", "End of the project list's intro line when it is sorted by title (after a comma)."),
    ("list_shown", "Intro line of a filtered project list; {shown} is how many are shown, {n} how many there are (plural forms follow {n})."),
    ("period_from", "A period on a card when only its start is known; {date} is the month it started."),
    ("period_until", "A period on a card when only its end is known; {date} is the month it ends or ended."),
    ("share", "Heading of the links sharing a project page."),
    ("share_email", "Share link: the page's address in an e-mail."),
    ("share_on", "Accessible name of a share link; {network} is X, Facebook or LinkedIn."),
    ("share_copy", "Button copying the page's address."),
    ("share_copied", "Said when the page's address has been copied."),
    ("report_mistake", "Link on a project page for telling the publisher about a mistake."),
    ("report_subject", "Subject of the e-mail reporting a mistake; {title} is the page's title."),
    ("kind_project", "What a project page is, in search results (before its title)."),
    ("home_figures", "Accessible name of the figures of the whole site on the home page."),
    ("organisation_count", "Number of organisations; {n} is the number (plural forms)."),
    ("country_count", "Number of countries; {n} is the number (plural forms)."),
    ("home_awarded", "One of the home page's figures: what the funders awarded to the projects, per currency; {amount} is the sum."),
    ("home_ways_in", "Heading on the home page above the links to topics, countries and funders."),
)
"""The reader's frame: footer, About page, lists, cards, sharing, the home page."""
