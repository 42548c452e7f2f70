/* Filters of the project list (partials/showcase/filters.html).

   The server renders every card and the filter form (shown only where
   scripts run, html.sc-js) with the counts of the unfiltered list; this
   script filters and sorts the cards by their data-* attributes, and keeps
   the state in the URL
   (?topic=...&country=...&sort=title) so that a filtered view can be shared,
   reloaded and reached with the back button. After every change each option's
   count says how many projects it would show combined with the other filters,
   and the form dispatches "sc-filters-change" (detail: state, shown, total,
   sort) for what follows the list: list-tools.js rewrites the intro line (a
   live region) and the chips from it. The map of all projects
   (partials/showcase/map.html, data-sc-map-filter) follows too: it hides the
   points, list entries and shading of the projects the filters leave out, and
   recounts its numbered circles. */
(function () {
  "use strict";

  var form = document.querySelector("form[data-sc-filters]");
  var list = document.querySelector(".sc-project-list .sc-cards");
  if (!form || !list) {
    return;
  }
  var lang = document.documentElement.lang || "en";
  var selects = Array.prototype.slice.call(form.querySelectorAll("select[data-facet]"));
  var sortSelect = form.querySelector("select[name=sort]");
  var numberFormat = new Intl.NumberFormat(lang);
  var pluralRules = new Intl.PluralRules(lang);
  var collator = new Intl.Collator(lang);

  // Each card's facet values, read once: {element, order, title, facets: {topics: Set, ...}}.
  var cards = Array.prototype.map.call(list.children, function (element, index) {
    var facets = {};
    selects.forEach(function (select) {
      var name = select.getAttribute("data-facet");
      var value = element.getAttribute("data-" + name) || "";
      facets[name] = new Set(value.split(/\s+/).filter(Boolean));
    });
    var title = element.querySelector(".sc-card__title");
    var link = element.querySelector(".sc-card__title a");
    return {
      element: element,
      order: index,
      title: title ? title.textContent.trim() : "",
      href: link ? link.getAttribute("href") : "",
      countries: (element.getAttribute("data-countries") || "").split(/\s+/).filter(Boolean),
      facets: facets
    };
  });
  var map = document.querySelector("[data-sc-map-filter]");

  function chosen() {
    var state = {};
    selects.forEach(function (select) {
      if (select.value) {
        state[select.getAttribute("data-facet")] = select.value;
      }
    });
    return state;
  }

  function matches(card, state, except) {
    for (var facet in state) {
      if (facet !== except && !card.facets[facet].has(state[facet])) {
        return false;
      }
    }
    return true;
  }

  // Counts for the combined filters: an option counts the cards that match
  // every other filter and hold that option's value.
  function updateCounts(state) {
    selects.forEach(function (select) {
      var facet = select.getAttribute("data-facet");
      var counts = {};
      var total = 0;
      cards.forEach(function (card) {
        if (!matches(card, state, facet)) {
          return;
        }
        total += 1;
        card.facets[facet].forEach(function (value) {
          counts[value] = (counts[value] || 0) + 1;
        });
      });
      Array.prototype.forEach.call(select.options, function (option) {
        var name = option.getAttribute("data-name");
        if (!option.value) {
          return; // "All topics": no number, it is the whole list
        }
        var n = counts[option.value] || 0;
        var indent = option.getAttribute("data-level") ? "\u2003" : "";
        option.textContent = indent + name + " (" + numberFormat.format(n) + ")";
        option.disabled = n === 0 && option.value !== select.value;
      });
      select.setAttribute("data-total", String(total));
    });
  }

  function apply(state, sort) {
    var shown = 0;
    cards.forEach(function (card) {
      var visible = matches(card, state, null);
      card.element.hidden = !visible;
      if (visible) {
        shown += 1;
      }
    });
    var ordered = cards.slice().sort(function (a, b) {
      return sort === "title" ? collator.compare(a.title, b.title) || a.order - b.order : a.order - b.order;
    });
    var changed = ordered.some(function (card, index) {
      return list.children[index] !== card.element;
    });
    if (changed) {
      var fragment = document.createDocumentFragment();
      ordered.forEach(function (card) {
        fragment.appendChild(card.element);
      });
      list.appendChild(fragment);
    }
    updateCounts(state);
    updateMap();
    form.dispatchEvent(new CustomEvent("sc-filters-change", {
      bubbles: true,
      detail: { state: state, shown: shown, total: cards.length, sort: sort }
    }));
  }

  // The map shows the projects the cards show: a point whose project is
  // filtered out is hidden, a numbered circle counts the projects left (its
  // entry in the text list holds their links), a country stays shaded while
  // a project shown works there.
  function updateMap() {
    if (!map) {
      return;
    }
    var hrefs = new Set();
    var countries = {};
    cards.forEach(function (card) {
      if (!card.element.hidden) {
        hrefs.add(card.href);
        card.countries.forEach(function (code) {
          countries[code] = (countries[code] || 0) + 1;
        });
      }
    });
    each(map, "path[data-country]", function (path) {
      path.classList.toggle("sc-map__country--off", !countries[path.getAttribute("data-country")]);
    });
    each(map, ".sc-map__list li[data-country]", function (entry) {
      var n = countries[entry.getAttribute("data-country")] || 0;
      entry.hidden = n === 0;
      entry.querySelector(".sc-map__count-text").textContent = "(" + numberFormat.format(n) + ")";
    });
    each(map, ".sc-map__projects > li", function (item) {
      item.hidden = !hrefs.has(item.querySelector("a").getAttribute("href"));
    });
    each(map, ".sc-map__list li[id]", function (entry) {
      entry.hidden = !entry.querySelector(".sc-map__projects > li:not([hidden])");
    });
    var template = map.getAttribute("data-point-name") || "{place}: {project}";
    each(map, "a.sc-map__mark", function (mark) {
      var href = mark.getAttribute("href");
      var n;
      if (href.charAt(0) === "#") {
        var entry = document.getElementById(href.slice(1));
        n = entry ? entry.querySelectorAll(".sc-map__projects > li:not([hidden])").length : 0;
        mark.querySelector(".sc-map__count").textContent = numberFormat.format(n);
        var name = template.replace("{place}", mark.getAttribute("data-places")).replace("{project}", plural(map, n));
        mark.setAttribute("aria-label", name);
      } else {
        n = hrefs.has(href) ? 1 : 0;
      }
      mark.classList.toggle("sc-map__mark--off", n === 0);
    });
  }

  // "3 projects": the plural forms the map carries (data-plural-one, ...), the number the language's way.
  function plural(element, n) {
    var text = element.getAttribute("data-plural-" + pluralRules.select(n)) || element.getAttribute("data-plural-other");
    return text.replace("{n}", numberFormat.format(n));
  }

  function each(root, selector, action) {
    Array.prototype.forEach.call(root.querySelectorAll(selector), action);
  }

  function fromUrl() {
    var params = new URLSearchParams(window.location.search);
    selects.forEach(function (select) {
      var value = params.get(select.name) || "";
      var known = Array.prototype.some.call(select.options, function (option) {
        return option.value === value;
      });
      select.value = known ? value : "";
    });
    sortSelect.value = params.get("sort") === "title" ? "title" : "newest";
    apply(chosen(), sortSelect.value);
  }

  function toUrl() {
    var params = new URLSearchParams(window.location.search);
    selects.concat([sortSelect]).forEach(function (select) {
      var isDefault = !select.value || (select === sortSelect && select.value === "newest");
      if (isDefault) {
        params.delete(select.name);
      } else {
        params.set(select.name, select.value);
      }
    });
    var query = params.toString();
    var url = window.location.pathname + (query ? "?" + query : "") + window.location.hash;
    if (url !== window.location.pathname + window.location.search + window.location.hash) {
      window.history.pushState(null, "", url);
    }
  }

  form.addEventListener("change", function () {
    apply(chosen(), sortSelect.value);
    toUrl();
  });
  form.addEventListener("reset", function (event) {
    event.preventDefault();
    selects.forEach(function (select) {
      select.value = "";
    });
    sortSelect.value = "newest";
    apply({}, "newest");
    toUrl();
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
  });
  window.addEventListener("popstate", fromUrl);

  fromUrl();
})();
