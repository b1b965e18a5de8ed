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
    // and caret; the server's copy arrives with the next change after they leave it.
    var keepFocus = {
      onBeforeElUpdated: function (from) {
        return !(from === document.activeElement &&
                 (from.tagName === 'INPUT' || from.tagName === 'TEXTAREA' || from.tagName === 'SELECT'));
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
    }

    function receive(event) {
      heard = Date.now();
      var message;
      try { message = JSON.parse(event.data); } catch (e) { return; }
      switch (message.type) {
        case 'reply':
          if (message.status === 'ok') { attempts = 0; hideBanner(); }
          rev = message.rev;
          applyDiff(message.diff);
          break;
        case 'diff':
          rev = message.rev;
          applyDiff(message.diff);
          break;
        case 'navigate':
          if (message.to !== location.pathname + location.search) history.pushState(null, '', message.to);
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
