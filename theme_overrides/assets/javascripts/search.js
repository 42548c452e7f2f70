/* The search page (search.html): runs the reader's query with Pagefind.

   Nothing is downloaded for search until the reader searches: then
   pagefind/pagefind.js (at the site root) is imported, and Pagefind fetches
   the index of the page's <html lang> only, so a Czech page finds Czech pages.
   The query lives in the URL (?q=...): a search can be shared, reloaded and
   reached with the back button. Each result shows what kind of page it is
   (data-pagefind-meta="kind"), its title, a project's organisation and period,
   and the passage that matched, the words found highlighted (as text and
   <mark> only). */
(function () {
  "use strict";

  var form = document.querySelector("form[data-sc-search]");
  var input = form && form.querySelector("input[name=q]");
  var status = document.querySelector(".sc-search__status");
  var results = document.querySelector(".sc-search__results");
  var more = document.querySelector(".sc-search__more");
  if (!form || !input || !status || !results || !more) {
    return;
  }
  var PAGE_SIZE = 10;
  var lang = document.documentElement.lang || "en";
  var pluralRules = new Intl.PluralRules(lang);
  var numberFormat = new Intl.NumberFormat(lang);
  // data-sc-search holds the relative address of the site root ("../../").
  var root = new URL(form.getAttribute("data-sc-search"), window.location.href);
  var pagefind = null;
  var found = [];
  var shown = 0;
  var latest = 0;
  var timer = null;

  function load() {
    if (!pagefind) {
      pagefind = import(new URL("pagefind/pagefind.js", root).href).then(function (module) {
        // Result URLs are site-relative ("/en/projects/x/"): prefix the site's own path.
        return Promise.resolve(module.options({ baseUrl: root.pathname })).then(function () {
          return module;
        });
      });
    }
    return pagefind;
  }

  function say(text) {
    status.textContent = text;
  }

  function countText(n) {
    var text = status.getAttribute("data-plural-" + pluralRules.select(n)) || status.getAttribute("data-plural-other");
    return text.replace("{n}", numberFormat.format(n));
  }

  // Pagefind's excerpt is escaped text with <mark> around the words found:
  // parsed in an inert <template> (a <div> would load an <img> in it), and
  // rebuilt from its text and its <mark> elements only.
  function highlighted(excerpt, into) {
    var template = document.createElement("template");
    template.innerHTML = excerpt || "";
    Array.prototype.forEach.call(template.content.childNodes, function (node) {
      if (node.nodeName === "MARK") {
        var mark = document.createElement("mark");
        mark.textContent = node.textContent;
        into.appendChild(mark);
      } else {
        into.appendChild(document.createTextNode(node.textContent));
      }
    });
  }

  function render(data) {
    var meta = data.meta || {};
    var item = document.createElement("li");
    item.className = "sc-search__result";
    if (meta.kind) {
      // What the page is: a project, a topic, a country...
      var kind = document.createElement("p");
      kind.className = "sc-search__kind";
      kind.textContent = meta.kind;
      item.appendChild(kind);
    }
    var heading = document.createElement("h2");
    heading.className = "sc-search__title";
    var link = document.createElement("a");
    link.href = data.url;
    link.textContent = meta.title || data.url;
    heading.appendChild(link);
    item.appendChild(heading);
    var details = [meta.organisation, meta.period].filter(Boolean);
    if (details.length) {
      var line = document.createElement("p");
      line.className = "sc-search__details";
      line.textContent = details.join(" \u00b7 ");
      item.appendChild(line);
    }
    var summary = document.createElement("p");
    summary.className = "sc-search__summary";
    if (data.excerpt) {
      highlighted(data.excerpt, summary);
    } else {
      summary.textContent = meta.summary || "";
    }
    item.appendChild(summary);
    return item;
  }

  function showMore(run) {
    var next = found.slice(shown, shown + PAGE_SIZE);
    return Promise.all(next.map(function (result) {
      return result.data();
    })).then(function (pages) {
      if (run !== latest) {
        return;
      }
      pages.forEach(function (data) {
        results.appendChild(render(data));
      });
      shown += pages.length;
      more.hidden = shown >= found.length;
    });
  }

  function search(query) {
    var run = ++latest;
    query = query.trim();
    results.textContent = "";
    more.hidden = true;
    found = [];
    shown = 0;
    if (!query) {
      say("");
      return Promise.resolve();
    }
    say(status.getAttribute("data-loading"));
    return load().then(function (module) {
      return module.search(query);
    }).then(function (response) {
      if (run !== latest || !response) {
        return;
      }
      found = response.results;
      return showMore(run).then(function () {
        if (run === latest) {
          say(found.length ? countText(found.length) : status.getAttribute("data-none"));
        }
      });
    }).catch(function () {
      if (run === latest) {
        say(status.getAttribute("data-error"));
      }
    });
  }

  function setUrl(query, push) {
    var params = new URLSearchParams(window.location.search);
    if (query) {
      params.set("q", query);
    } else {
      params.delete("q");
    }
    var search = params.toString();
    var url = window.location.pathname + (search ? "?" + search : "");
    if (url !== window.location.pathname + window.location.search) {
      window.history[push ? "pushState" : "replaceState"](null, "", url);
    }
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    window.clearTimeout(timer);
    setUrl(input.value.trim(), true);
    search(input.value);
  });
  // Results while typing, once the reader pauses.
  input.addEventListener("input", function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(function () {
      setUrl(input.value.trim(), false);
      search(input.value);
    }, 300);
  });
  more.addEventListener("click", function () {
    showMore(latest);
  });
  function fromUrl() {
    var query = new URLSearchParams(window.location.search).get("q") || "";
    input.value = query;
    search(query);
  }
  window.addEventListener("popstate", fromUrl);
  fromUrl();
})();
