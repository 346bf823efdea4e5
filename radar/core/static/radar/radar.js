// Radar's only script: no inline scripts anywhere (strict Content Security Policy).
document.addEventListener("click", function (event) {
  var trigger = event.target.closest("[data-print]");
  if (trigger) {
    event.preventDefault();
    window.print();
  }
});
// Ask before a form marked data-confirm is sent.
document.addEventListener("submit", function (event) {
  var form = event.target;
  if (form.dataset && form.dataset.confirm && !window.confirm(form.dataset.confirm)) {
    event.preventDefault();
  }
});

// Drafts: what a worker types in a form is kept on this device until it is saved, so an
// expired session, a lost connection or a crash loses nothing (docs/decisions/0010-keep-typing.md).
// Kept per user, page and form in localStorage; offered back when the page is opened again;
// cleared after a save, on logout and after seven days. Never a password or a file.
(function () {
  var PREFIX = "radar.draft.";
  var PENDING = "radar.draft-pending"; // sessionStorage: a form was just sent from this tab
  var MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;
  var PENDING_MAX_AGE_MS = 60 * 60 * 1000;
  var VERSION = "version"; // optimistic locking: a draft keeps the version it was typed on
  var SKIPPED_TYPES = ["password", "file", "hidden", "submit", "button", "reset", "image"];
  var texts = document.getElementById("radar-drafts");
  var user = document.body.dataset.user || "";
  var local = usable("localStorage");
  var session = usable("sessionStorage");
  if (!texts || !local) {
    return;
  }

  function usable(name) {
    try {
      var store = window[name];
      store.getItem(PREFIX);
      return store;
    } catch (error) {
      return null; // storage switched off: forms work as before
    }
  }

  function read(store, key) {
    try {
      return store ? JSON.parse(store.getItem(key)) : null;
    } catch (error) {
      return null;
    }
  }

  function write(store, key, value) {
    try {
      if (store) {
        store.setItem(key, JSON.stringify(value));
      }
    } catch (error) {
      // storage full or refused: the form still works, only without a kept copy
    }
  }

  function draftKeys() {
    var keys = [];
    for (var i = 0; i < local.length; i++) {
      if ((local.key(i) || "").indexOf(PREFIX) === 0) {
        keys.push(local.key(i));
      }
    }
    return keys;
  }

  function clearAll() {
    draftKeys().forEach(function (key) {
      local.removeItem(key);
    });
    if (session) {
      session.removeItem(PENDING);
    }
  }

  function forgetOldDrafts() {
    draftKeys().forEach(function (key) {
      var draft = read(local, key);
      if (!draft || !(Date.now() - draft.t < MAX_AGE_MS)) {
        local.removeItem(key);
      }
    });
  }

  function keptForm(form) {
    return !!user && !!form && form.tagName === "FORM" &&
      (form.getAttribute("method") || "").toLowerCase() === "post" && !("noDraft" in form.dataset);
  }

  function keptControl(control) {
    return ["INPUT", "SELECT", "TEXTAREA"].indexOf(control.tagName) !== -1 && !!control.name &&
      !control.disabled && SKIPPED_TYPES.indexOf(control.type) === -1 &&
      control.name !== "csrfmiddlewaretoken" && !("noDraft" in control.dataset);
  }

  function controlsByName(form) {
    var byName = {};
    Array.prototype.forEach.call(form.elements, function (control) {
      if (keptControl(control)) {
        (byName[control.name] = byName[control.name] || []).push(control);
      }
    });
    return byName;
  }

  function keyOf(form) {
    var action = form.getAttribute("action");
    var which = form.id || (action ? new URL(action, location.href).pathname : "");
    return PREFIX + user + "|" + location.pathname + "|" + which;
  }

  function valueOf(controls) {
    var first = controls[0];
    if (first.type === "checkbox") {
      return controls.filter(function (c) { return c.checked; }).map(function (c) { return c.value; });
    }
    if (first.type === "radio") {
      var checked = controls.filter(function (c) { return c.checked; })[0];
      return checked ? checked.value : "";
    }
    if (first.type === "select-multiple") {
      return Array.prototype.filter.call(first.options, function (o) { return o.selected; })
        .map(function (o) { return o.value; });
    }
    return first.value;
  }

  function setValue(controls, value) {
    controls.forEach(function (control) {
      if (control.type === "checkbox") {
        control.checked = value.indexOf(control.value) !== -1;
      } else if (control.type === "radio") {
        control.checked = control.value === value;
      } else if (control.type === "select-multiple") {
        Array.prototype.forEach.call(control.options, function (o) {
          o.selected = value.indexOf(o.value) !== -1;
        });
      } else {
        control.value = value;
      }
    });
  }

  function isChanged(control) {
    if (control.type === "checkbox" || control.type === "radio") {
      return control.checked !== control.defaultChecked;
    }
    if (control.tagName === "SELECT") {
      var options = Array.prototype.slice.call(control.options);
      if (control.multiple) {
        return options.some(function (o) { return o.selected !== o.defaultSelected; });
      }
      var byDefault = options.filter(function (o) { return o.defaultSelected; })[0] || options[0];
      return !!byDefault && !byDefault.selected;
    }
    return control.value !== control.defaultValue;
  }

  function save(form) {
    var key = keyOf(form);
    var draft = read(local, key) || { v: {} };
    var byName = controlsByName(form);
    Object.keys(byName).forEach(function (name) {
      // A field once typed in stays in the draft, also after the page showed it back.
      if (name in draft.v || byName[name].some(isChanged)) {
        draft.v[name] = valueOf(byName[name]);
      }
    });
    if (!Object.keys(draft.v).length) {
      return;
    }
    var version = form.elements[VERSION];
    if (version && version.value !== undefined && draft.version === undefined) {
      draft.version = version.value;
    }
    draft.t = Date.now();
    write(local, key, draft);
  }

  function notice(form, text, role, onDiscard) {
    var previous = form.previousElementSibling;
    if (previous && previous.classList.contains("draft-notice")) {
      previous.remove();
    }
    var box = document.createElement("div");
    box.className = "draft-notice " + (role === "alert" ? "offline" : "restored");
    box.setAttribute("role", role);
    var message = document.createElement("span");
    message.textContent = text;
    box.appendChild(message);
    if (onDiscard) {
      var discard = document.createElement("button");
      discard.type = "button";
      discard.className = "secondary outline";
      discard.textContent = texts.dataset.discard;
      discard.addEventListener("click", function () {
        onDiscard();
        box.remove();
      });
      box.appendChild(discard);
    }
    form.parentNode.insertBefore(box, form);
  }

  function restore(form) {
    var key = keyOf(form);
    var draft = read(local, key);
    if (!draft || !draft.v) {
      return;
    }
    var byName = controlsByName(form);
    var names = Object.keys(draft.v).filter(function (name) { return byName[name]; });
    var differs = names.some(function (name) {
      return JSON.stringify(valueOf(byName[name])) !== JSON.stringify(draft.v[name]);
    });
    if (!differs) {
      return;
    }
    names.forEach(function (name) {
      setValue(byName[name], draft.v[name]);
    });
    // Sent with the version it was typed on: a change made meanwhile shows as a conflict.
    var version = form.elements[VERSION];
    var current = version ? version.value : undefined;
    if (version && draft.version !== undefined) {
      version.value = draft.version;
    }
    notice(form, texts.dataset.restored, "status", function () {
      form.reset();
      if (version) {
        version.value = current;
      }
      local.removeItem(key);
    });
  }

  function offline(form) {
    save(form);
    notice(form, texts.dataset.offline, "alert");
  }

  // Before anything else on this page: what happened to the form this tab last sent?
  var pending = read(session, PENDING);
  if (pending && !(Date.now() - pending.t < PENDING_MAX_AGE_MS)) {
    session.removeItem(PENDING);
    pending = null;
  }
  forgetOldDrafts();
  if (!user) {
    // The login page after an expired session: the draft waits until the user is back.
    if (pending) {
      pending.viaLogin = true;
      write(session, PENDING, pending);
      var login = document.querySelector('form[action="' + texts.dataset.loginUrl + '"]');
      if (login) {
        notice(login, texts.dataset.sessionEnded, "status");
      }
    }
  } else {
    if (pending) {
      session.removeItem(PENDING);
      // Radar answers a saved form with a redirect (and a form with errors without one).
      var navigation = performance.getEntriesByType ? performance.getEntriesByType("navigation")[0] : null;
      if (!pending.viaLogin && navigation && navigation.redirectCount > 0) {
        local.removeItem(pending.key);
      }
    }
    Array.prototype.forEach.call(document.forms, function (form) {
      if (keptForm(form)) {
        restore(form);
      }
    });
  }

  function typed(event) {
    var control = event.target;
    if (control.form && keptForm(control.form) && keptControl(control)) {
      save(control.form);
    }
  }
  document.addEventListener("input", typed);
  document.addEventListener("change", typed);

  document.addEventListener("submit", function (event) {
    var form = event.target;
    if ("clearDrafts" in form.dataset) {
      clearAll(); // logging out: nothing typed stays on a possibly shared device
      return;
    }
    if (event.defaultPrevented || !keptForm(form)) {
      return; // not sent (a "no" to a confirmation), or htmx sends it: see below
    }
    if (navigator.onLine === false) {
      event.preventDefault();
      offline(form);
      return;
    }
    save(form);
    write(session, PENDING, { key: keyOf(form), t: Date.now() });
  });

  window.addEventListener("online", function () {
    document.querySelectorAll(".draft-notice.offline").forEach(function (box) {
      box.remove();
    });
  });

  // Forms sent by htmx stay on the page. The form may be swapped out by the answer: its
  // draft is found by the request.
  var sentDrafts = new WeakMap();
  function formOf(event) {
    var element = event.detail && event.detail.elt;
    return element && element.closest ? element.closest("form") : null;
  }
  document.addEventListener("htmx:beforeRequest", function (event) {
    var form = formOf(event);
    if (!keptForm(form)) {
      return;
    }
    if (navigator.onLine === false) {
      event.preventDefault();
      offline(form);
      return;
    }
    save(form);
    sentDrafts.set(event.detail.xhr, { form: form, key: keyOf(form) });
  });
  document.addEventListener("htmx:sendError", function (event) {
    var sent = sentDrafts.get(event.detail.xhr);
    if (sent && sent.form.isConnected) {
      offline(sent.form);
    }
  });
  document.addEventListener("htmx:responseError", function (event) {
    if (event.detail.xhr.status === 401) {
      // The session ended: log in again and come back here, where the draft is offered back.
      var sent = sentDrafts.get(event.detail.xhr);
      write(session, PENDING, { key: sent ? sent.key : "", t: Date.now() });
      location.assign(texts.dataset.loginUrl + "?next=" +
        encodeURIComponent(location.pathname + location.search));
    }
  });
  document.addEventListener("htmx:afterRequest", function (event) {
    var sent = sentDrafts.get(event.detail.xhr);
    var answer = event.detail.xhr.responseText || "";
    if (sent && event.detail.successful && !/errorlist|form-errors/.test(answer)) {
      local.removeItem(sent.key); // saved
    }
  });
})();

// Dossier parts fold away (issue 15): a button in each part's heading hides the rest of the
// part; the choice is kept on this device per part. Without this script everything shows.
(function () {
  var KEY = "radar.fold.";
  function store() {
    try { return window.localStorage; } catch (error) { return null; }
  }
  function setup(root) {
    var label = root.dataset.foldLabel || "";
    root.querySelectorAll(":scope > section[id]").forEach(function (section) {
      var heading = section.querySelector(":scope > h2");
      if (!heading || heading.querySelector("button.fold")) return;
      var body = document.createElement("div");
      body.id = section.id + "-body";
      while (heading.nextSibling) body.appendChild(heading.nextSibling);
      section.appendChild(body);
      var button = document.createElement("button");
      button.type = "button";
      button.className = "fold";
      button.setAttribute("aria-controls", body.id);
      button.title = label;
      while (heading.firstChild) button.appendChild(heading.firstChild);
      heading.appendChild(button);
      var storage = store();
      function show(open) {
        body.hidden = !open;
        button.setAttribute("aria-expanded", open ? "true" : "false");
        if (storage) {
          if (open) storage.removeItem(KEY + section.id);
          else storage.setItem(KEY + section.id, "1");
        }
      }
      show(!(storage && storage.getItem(KEY + section.id)));
      button.addEventListener("click", function () {
        show(button.getAttribute("aria-expanded") !== "true");
      });
    });
  }
  function all() {
    document.querySelectorAll("[data-foldable]").forEach(setup);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", all);
  else all();
  document.addEventListener("htmx:afterSettle", all);
})();
