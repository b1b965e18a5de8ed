// SPDX-License-Identifier: MIT
// The Desk's live client (docs/reference/live-protocol.md, version 1). A page that
// holds a live view (data-live-view) joins /desk/live with the page's join token and
// applies the server's patches with morphdom: keyed rows and changed parts only, the
// focused field and the scroll position left alone. A lost connection shows a banner
// and reconnects with backoff; a page from an older server reloads itself.
// No framework, no innerHTML: HTML from the server is parsed by morphdom alone.
(function () {
  'use strict';
  var VERSION = 1;
  var HEARTBEAT_MS = 25000;
  var SILENCE_MS = 60000;
  var MAX_BACKOFF_MS = 30000;
  var CHECK_DELAY_MS = 400; // a form is checked once the user pauses typing
  var MAX_MESSAGE = 15000;  // the server closes over 16 KB; a bigger form is checked on save
  var script = document.currentScript;

  function start() {
    var view = document.querySelector('[data-live-view]');
    var meta = document.querySelector('meta[name="fm-live"]');
    if (!view || !meta || !window.WebSocket || !window.morphdom) return;
    var assets = new URL(script.src, location.href).pathname;
    var banner = document.getElementById('live-banner');
    var socket = null;
    var ref = 0;
    var rev = 0;
    var attempts = 0;
    var heard = Date.now();
    var timer = null;
    var leaving = false;
    var moved = null; // the path a navigate named, shown with its reply
    var form = view.getAttribute('data-live-view') === 'form' ? view : null;
    var touched = {};
    var checkTimer = null;

    function send(message) {
      message.ref = ++ref;
      socket.send(JSON.stringify(message));
    }

    function showBanner(text) {
      if (!banner) return;
      banner.textContent = text;
      banner.hidden = false;
    }

    function hideBanner() {
      if (banner) banner.hidden = true;
    }

    function byAttribute(root, name, value) {
      var found = root.querySelectorAll('[' + name + ']');
      for (var i = 0; i < found.length; i++) {
        if (found[i].getAttribute(name) === value) return found[i];
      }
      return null;
    }

    // What the user is working in stays as it is: the focused field keeps its value
    // and caret (the server's copy arrives with the next change after they leave it),
    // and a ticked row stays ticked (the selection is the user's; the server never
    // knows it).
    var keepFocus = {
      onBeforeElUpdated: function (from, to) {
        if (from === document.activeElement &&
            (from.tagName === 'INPUT' || from.tagName === 'TEXTAREA' || from.tagName === 'SELECT')) return false;
        if (from.tagName === 'INPUT' && from.type === 'checkbox' && from.name === 'names') to.checked = from.checked;
        return true;
      }
    };

    function applyRows(part, change) {
      var container = part.querySelector('[data-live-rows]') || part;
      var rows = {};
      var present = container.querySelectorAll('[data-live-key]');
      for (var i = 0; i < present.length; i++) rows[present[i].getAttribute('data-live-key')] = present[i];
      (change.remove || []).forEach(function (key) {
        if (rows[key]) { rows[key].remove(); delete rows[key]; }
      });
      Object.keys(change.set || {}).forEach(function (key) {
        if (rows[key]) {
          morphdom(rows[key], change.set[key], keepFocus);
        } else {
          // A detached element of another name: morphdom hands back the parsed row.
          rows[key] = morphdom(document.createElement('template'), change.set[key]);
        }
      });
      (change.place || []).forEach(function (entry) {
        var row = rows[entry[0]];
        if (!row) return;
        var after = entry[1] ? rows[entry[1]] : null;
        container.insertBefore(row, after ? after.nextSibling : container.firstChild);
      });
    }

    // An error slot the server filled or emptied: its input says so to assistive
    // technology (the input itself is never patched).
    function syncErrors() {
      if (!form) return;
      var slots = form.querySelectorAll('[data-live-part^="err-"]');
      for (var i = 0; i < slots.length; i++) {
        var input = document.getElementById(slots[i].id.slice(4));
        if (!input) continue;
        var ids = (input.getAttribute('aria-describedby') || '').split(' ').filter(function (id) {
          return id && id !== slots[i].id;
        });
        if (slots[i].hidden) {
          input.removeAttribute('aria-invalid');
        } else {
          input.setAttribute('aria-invalid', 'true');
          ids.unshift(slots[i].id);
        }
        if (ids.length) input.setAttribute('aria-describedby', ids.join(' '));
        else input.removeAttribute('aria-describedby');
      }
    }

    // The form's inputs as a post carries them (the CSRF token stays on the page).
    function formValues() {
      var values = [];
      new FormData(form).forEach(function (value, name) {
        if (name !== 'csrf_token' && typeof value === 'string') values.push([name, value]);
      });
      return values;
    }

    // Unsaved input survives a reload too (a refused join reloads the page): kept per
    // page in sessionStorage with the version it was typed against. Given back with that
    // version, so if someone saved meanwhile the banner says so and a save shows the
    // conflict first: nothing is lost and nothing is overwritten unseen.
    function draftKey() { return 'fm-draft:' + location.pathname; }
    function version() {
      var input = form.querySelector('input[name="_version"]');
      return input ? input.value : '';
    }
    function keepDraft(values) {
      try {
        sessionStorage.setItem(draftKey(), JSON.stringify({version: version(), values: values,
                                                           touched: Object.keys(touched)}));
      } catch (e) { /* storage full or off: the live session still has the input */ }
    }
    function restoreDraft() {
      var draft = null;
      try { draft = JSON.parse(sessionStorage.getItem(draftKey()) || 'null'); } catch (e) { draft = null; }
      if (!draft || !Array.isArray(draft.values)) return;
      var seen = {};
      draft.values.forEach(function (entry) {
        var fields = form.querySelectorAll('[name="' + CSS.escape(entry[0]) + '"]');
        for (var i = 0; i < fields.length; i++) {
          var field = fields[i];
          if ((field.type === 'hidden' && entry[0] !== '_version') || field.type === 'submit') continue;
          if (field.type === 'checkbox') field.checked = entry[1] === '1';
          else if (!seen[entry[0]]) field.value = entry[1];
        }
        seen[entry[0]] = true;
      });
      (draft.touched || []).forEach(function (name) { touched[name] = true; });
      var notice = document.getElementById('draft-restored');
      if (notice) notice.hidden = false;
    }

    function sendChange() {
      checkTimer = null;
      if (!form || !socket || socket.readyState !== WebSocket.OPEN) return;
      var values = formValues();
      keepDraft(values);
      var message = {type: 'event', event: 'change', values: values, touched: Object.keys(touched)};
      if (JSON.stringify(message).length > MAX_MESSAGE) return;
      send(message);
    }

    function applyDiff(diff) {
      if (!diff) return;
      var parts = diff.parts || {};
      Object.keys(parts).forEach(function (id) {
        var part = byAttribute(document, 'data-live-part', id);
        if (part) morphdom(part, parts[id], keepFocus);
      });
      var rows = diff.rows || {};
      Object.keys(rows).forEach(function (id) {
        var part = byAttribute(document, 'data-live-part', id);
        if (part) applyRows(part, rows[id]);
      });
      syncErrors();
    }

    function receive(event) {
      heard = Date.now();
      var message;
      try { message = JSON.parse(event.data); } catch (e) { return; }
      switch (message.type) {
        case 'reply':
          if (message.status === 'ok') { attempts = 0; hideBanner(); }
          // Joined (again): the server hears the input the page holds, so a reconnect
          // keeps what was typed while the connection was down.
          if (message.ref === 1 && form) sendChange();
          rev = message.rev;
          applyDiff(message.diff);
          // The address changes once the page shows what it names.
          if (moved !== null && moved !== location.pathname + location.search) history.pushState(null, '', moved);
          moved = null;
          break;
        case 'diff':
          rev = message.rev;
          applyDiff(message.diff);
          break;
        case 'navigate':
          moved = message.to;
          break;
        case 'redirect':
          leaving = true;
          location.assign(message.to);
          break;
        case 'error':
          showBanner(message.message);
          break;
        case 'close':
          if (message.code === 1008) leaving = refuseOnce(message.reason);
          break;
      }
      document.documentElement.setAttribute('data-live-rev', String(rev));
    }

    // A refused join (signed out, a stale token) reloads the page once a minute at
    // most: the reload signs in again or gets a new token, and never loops.
    function refuseOnce(reason) {
      var last = Number(sessionStorage.getItem('fm-live-reload') || 0);
      if (Date.now() - last < 60000) {
        showBanner(reason);
        return true;
      }
      sessionStorage.setItem('fm-live-reload', String(Date.now()));
      location.reload();
      return true;
    }

    function connect() {
      var scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
      socket = new WebSocket(scheme + '//' + location.host + '/desk/live');
      ref = 0;
      socket.addEventListener('open', function () {
        heard = Date.now();
        send({type: 'join', v: VERSION, token: meta.content, assets: assets,
              path: location.pathname + location.search});
      });
      socket.addEventListener('message', receive);
      socket.addEventListener('close', function (event) {
        socket = null;
        document.documentElement.removeAttribute('data-live');
        if (leaving) return;
        if (event.code === 1008) { leaving = refuseOnce(event.reason); return; }
        // Backoff with jitter: a restarted server is not met by every page at once.
        var delay = Math.min(MAX_BACKOFF_MS, 1000 * Math.pow(2, attempts)) * (0.5 + Math.random() / 2);
        attempts++;
        showBanner(banner ? banner.getAttribute('data-lost') : '');
        setTimeout(connect, delay);
      });
      socket.addEventListener('open', function () {
        document.documentElement.setAttribute('data-live', 'connected');
      });
    }

    // Another state of the same list (a sort header, a pager link, the filter form)
    // is a `navigate` over the open connection: the server renders it and patches the
    // parts; no reload. Anything else, or no connection, is an ordinary page load.
    function navigate(path) {
      if (!socket || socket.readyState !== WebSocket.OPEN) return false;
      send({type: 'navigate', path: path});
      return true;
    }

    function sameView(url) {
      return url.origin === location.origin && url.pathname === location.pathname;
    }

    document.addEventListener('click', function (event) {
      if (event.defaultPrevented || event.button !== 0 || event.ctrlKey || event.metaKey ||
          event.shiftKey || event.altKey) return;
      var link = event.target.closest('a[href]');
      if (!link || !link.closest('[data-live-part]') || link.target) return;
      var url = new URL(link.href, location.href);
      if (sameView(url) && navigate(url.pathname + url.search)) event.preventDefault();
    });

    document.addEventListener('submit', function (event) {
      var form = event.target;
      if (event.defaultPrevented || (form.method || 'get').toLowerCase() !== 'get') return;
      var url = new URL(form.action, location.href);
      if (!sameView(url)) return;
      var query = new URLSearchParams(new FormData(form)).toString();
      if (navigate(url.pathname + (query ? '?' + query : ''))) event.preventDefault();
    });

    // Back and forward move between states the server already named with `navigate`.
    window.addEventListener('popstate', function () {
      if (!navigate(location.pathname + location.search)) location.reload();
    });

    if (form) {
      restoreDraft();
      var onInput = function (event) {
        if (!event.target.name) return;
        touched[event.target.name] = true;
        keepDraft(formValues());
        if (checkTimer) clearTimeout(checkTimer);
        checkTimer = setTimeout(sendChange, CHECK_DELAY_MS);
      };
      form.addEventListener('input', onInput);
      form.addEventListener('change', onInput);
      // A post takes the input to the server; what comes back is the new truth.
      form.addEventListener('submit', function () { sessionStorage.removeItem(draftKey()); });
    }

    timer = setInterval(function () {
      if (!socket || socket.readyState !== WebSocket.OPEN) return;
      if (Date.now() - heard > SILENCE_MS) { socket.close(); return; }
      send({type: 'heartbeat'});
    }, HEARTBEAT_MS);
    window.addEventListener('pagehide', function () {
      leaving = true;
      clearInterval(timer);
      if (socket) socket.close(1000);
    });
    connect();
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
