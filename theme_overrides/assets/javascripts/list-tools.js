/* What surrounds the filters of the project list (partials/showcase/filters.html,
   list-intro.html); filters.js does the filtering.

   - The "Filter" button shows and hides the panel of filters: a disclosure
     (aria-expanded); Escape in the panel closes it and returns to the button.
   - The button says how many filters are chosen: a number, and the words for
     screen readers ("2 active filters").
   - Each chosen filter is a chip above the list; pressing it clears that filter.
   - The intro line says what the list shows: "5 projects, newest first", or
     "Showing 2 of 5 projects, by title".

   Everything follows the "sc-filters-change" event that filters.js dispatches
   after every change (this script is loaded first, so it hears the first one).

   - On a phone the map above the list is folded; its "Map" button shows and
     hides it (a disclosure, aria-expanded). reader.css shows the button only
     there, so on wider screens the map stays open. */
(function () {
  "use strict";

  var mapToggle = document.querySelector(".sc-projects-map__toggle");
  var mapSection = mapToggle && mapToggle.closest(".sc-projects-map");
  if (mapSection) {
    mapToggle.addEventListener("click", function () {
      var open = mapToggle.getAttribute("aria-expanded") !== "true";
      mapToggle.setAttribute("aria-expanded", open ? "true" : "false");
      mapSection.classList.toggle("sc-projects-map--open", open);
    });
  }
})();

(function () {
  "use strict";

  var form = document.querySelector("form[data-sc-filters]");
  var intro = document.querySelector(".sc-project-list__intro");
  var toggle = form && form.querySelector(".sc-filters__toggle");
  var panel = toggle && document.getElementById(toggle.getAttribute("aria-controls"));
  if (!form || !intro || !toggle || !panel) {
    return;
  }
  var badge = toggle.querySelector(".sc-filters__active");
  var badgeCount = toggle.querySelector(".sc-filters__active-count");
  var badgeText = toggle.querySelector(".sc-filters__active-text");
  var chips = form.querySelector(".sc-chips");
  var count = intro.querySelector(".sc-project-list__count");
  var order = intro.querySelector(".sc-project-list__order");
  var lang = document.documentElement.lang || "en";
  var pluralRules = new Intl.PluralRules(lang);
  var numberFormat = new Intl.NumberFormat(lang);

  function plural(element, n) {
    var text = element.getAttribute("data-plural-" + pluralRules.select(n)) || element.getAttribute("data-plural-other");
    return text.replace("{n}", numberFormat.format(n));
  }

  function setOpen(open) {
    toggle.setAttribute("aria-expanded", open ? "true" : "false");
    panel.hidden = !open;
  }

  toggle.addEventListener("click", function () {
    setOpen(panel.hidden);
  });
  panel.addEventListener("keydown", function (event) {
    if (event.key === "Escape") {
      setOpen(false);
      toggle.focus();
    }
  });

  // The chosen filters, in the order of the form: {select, text}.
  function chosen() {
    return Array.prototype.filter.call(form.querySelectorAll("select[data-facet]"), function (select) {
      return select.value;
    }).map(function (select) {
      var option = select.options[select.selectedIndex];
      return { select: select, name: option.getAttribute("data-name"), label: select.getAttribute("data-label") };
    });
  }

  function removeChip(select, index) {
    select.value = "";
    select.dispatchEvent(new Event("change", { bubbles: true }));
    // Focus stays in the chips (the next one, or the one before), else goes back to the button.
    var buttons = chips.querySelectorAll("button");
    (buttons[Math.min(index, buttons.length - 1)] || toggle).focus();
  }

  function renderChips(filters) {
    chips.textContent = "";
    filters.forEach(function (filter, index) {
      var item = document.createElement("li");
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sc-chip";
      button.setAttribute("aria-label", chips.getAttribute("data-remove").replace("{filter}", filter.label + ": " + filter.name));
      var name = document.createElement("span");
      name.textContent = filter.name;
      var cross = document.createElement("span");
      cross.className = "sc-chip__remove";
      cross.setAttribute("aria-hidden", "true");
      cross.textContent = "\u00d7";
      button.appendChild(name);
      button.appendChild(cross);
      button.addEventListener("click", function () {
        removeChip(filter.select, index);
      });
      item.appendChild(button);
      chips.appendChild(item);
    });
    chips.hidden = filters.length === 0;
  }

  form.addEventListener("sc-filters-change", function (event) {
    var detail = event.detail;
    var filters = chosen();
    badge.hidden = filters.length === 0;
    badgeCount.textContent = numberFormat.format(filters.length);
    badgeText.textContent = plural(toggle, filters.length);
    renderChips(filters);
    var counted = filters.length ? intro.getAttribute("data-shown").replace("{shown}", numberFormat.format(detail.shown)) : plural(intro, detail.total);
    var ordered = intro.getAttribute(detail.sort === "title" ? "data-order-title" : "data-order-newest");
    // Rewritten only when it changes: the line is a live region.
    if (count.textContent !== counted) {
      count.textContent = counted;
    }
    if (order.textContent !== ordered) {
      order.textContent = ordered;
    }
  });
})();
