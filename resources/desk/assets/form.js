// SPDX-License-Identifier: MIT
// The form view's enhancements; every form works without this file. It shows and
// hides fields by their depends_on condition as the user types, and fills a Link
// field's choices from /desk/api/link. Served as form.<hash>.js (no inline script).
(function () {
  'use strict';

  // ---- depends_on: the language and rules of libdesk/dependson.cpp (change both) ----
  var OPS = ['===', '!==', '==', '!=', '<=', '>=', '&&', '||', '<', '>', '!'];

  function tokenize(text) {
    var tokens = [];
    var i = 0;
    while (i < text.length) {
      var c = text[i];
      if (/\s/.test(c)) { i++; continue; }
      if (c === '(' || c === ')') { tokens.push({ kind: c }); i++; continue; }
      if (c === "'" || c === '"') {
        var j = i + 1;
        var value = '';
        while (j < text.length && text[j] !== c) {
          if (text[j] === '\\' && j + 1 < text.length) j++;
          value += text[j++];
        }
        if (j >= text.length) throw new Error('a text is not closed');
        tokens.push({ kind: 'value', value: value });
        i = j + 1;
        continue;
      }
      if (/[0-9]/.test(c) || (c === '-' && /[0-9]/.test(text[i + 1] || ''))) {
        var k = i + 1;
        while (k < text.length && /[0-9.]/.test(text[k])) k++;
        var number = Number(text.slice(i, k));
        if (isNaN(number)) throw new Error('a bad number');
        tokens.push({ kind: 'value', value: number });
        i = k;
        continue;
      }
      if (/[A-Za-z_]/.test(c)) {
        var m = i + 1;
        while (m < text.length && /[A-Za-z0-9_.]/.test(text[m])) m++;
        tokens.push({ kind: 'name', text: text.slice(i, m) });
        i = m;
        continue;
      }
      var op = null;
      for (var o = 0; o < OPS.length; o++) {
        if (text.substr(i, OPS[o].length) === OPS[o]) { op = OPS[o]; break; }
      }
      if (!op) throw new Error('"' + c + '" is not understood');
      tokens.push({ kind: 'op', text: op });
      i += op.length;
    }
    tokens.push({ kind: 'end' });
    return tokens;
  }

  function parse(condition) {
    var trimmed = condition.trim();
    if (trimmed.indexOf('eval:') !== 0) {
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(trimmed)) throw new Error('a fieldname or eval: is expected');
      return { kind: 'field', name: trimmed };
    }
    var tokens = tokenize(trimmed.slice(5));
    var pos = 0;
    function peek() { return tokens[pos]; }
    function takeOp(op) {
      if (peek().kind === 'op' && peek().text === op) { pos++; return true; }
      return false;
    }
    function orExpr() {
      var left = andExpr();
      while (takeOp('||')) left = { kind: 'or', left: left, right: andExpr() };
      return left;
    }
    function andExpr() {
      var left = notExpr();
      while (takeOp('&&')) left = { kind: 'and', left: left, right: notExpr() };
      return left;
    }
    function notExpr() {
      if (takeOp('!')) return { kind: 'not', left: notExpr() };
      return compare();
    }
    function compare() {
      var left = primary();
      var t = peek();
      if (t.kind === 'op' && ['==', '!=', '===', '!==', '<', '<=', '>', '>='].indexOf(t.text) >= 0) {
        pos++;
        var op = t.text.length === 3 ? t.text.slice(0, 2) : t.text;
        return { kind: 'compare', op: op, left: left, right: primary() };
      }
      return left;
    }
    function primary() {
      var t = peek();
      if (t.kind === '(') {
        pos++;
        var inner = orExpr();
        if (peek().kind !== ')') throw new Error('")" is missing');
        pos++;
        return inner;
      }
      if (t.kind === 'value') { pos++; return { kind: 'literal', value: t.value }; }
      if (t.kind === 'name') {
        pos++;
        if (t.text === 'true' || t.text === 'false') return { kind: 'literal', value: t.text === 'true' };
        if (t.text === 'null') return { kind: 'literal', value: null };
        var parts = t.text.split('.');
        if (parts.length === 2 && parts[0] === 'doc' && parts[1]) return { kind: 'field', name: parts[1] };
        throw new Error('"' + t.text + '" is no value');
      }
      throw new Error('a value is missing');
    }
    var root = orExpr();
    if (peek().kind !== 'end') throw new Error('unexpected text');
    return root;
  }

  function isNull(v) { return v === null || v === undefined; }
  function truthy(v) {
    if (isNull(v)) return false;
    if (typeof v === 'boolean') return v;
    if (typeof v === 'string') return v.length > 0;
    return v !== 0;
  }
  function asNumber(v) {
    if (isNull(v)) return null;
    if (typeof v === 'boolean') return v ? 1 : 0;
    if (typeof v === 'string') {
      var t = v.trim();
      if (t === '' || !/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t)) return null;
      return Number(t);
    }
    return v;
  }
  function equal(a, b) {
    if (isNull(a) || isNull(b)) return isNull(a) && isNull(b);
    if (typeof a === 'string' && typeof b === 'string') return a === b;
    var x = asNumber(a);
    var y = asNumber(b);
    return x !== null && y !== null && x === y;
  }
  function compare(op, a, b) {
    if (op === '==') return equal(a, b);
    if (op === '!=') return !equal(a, b);
    var order;
    if (typeof a === 'string' && typeof b === 'string') {
      order = a < b ? -1 : a > b ? 1 : 0;
    } else if (typeof a !== 'string' && typeof b !== 'string' && !isNull(a) && !isNull(b)) {
      var x = asNumber(a);
      var y = asNumber(b);
      order = x < y ? -1 : x > y ? 1 : 0;
    } else {
      return false;
    }
    if (op === '<') return order < 0;
    if (op === '<=') return order <= 0;
    if (op === '>') return order > 0;
    return order >= 0;
  }
  function value(node, doc) {
    switch (node.kind) {
      case 'literal': return node.value;
      case 'field': return Object.prototype.hasOwnProperty.call(doc, node.name) ? doc[node.name] : null;
      case 'not': return !truthy(value(node.left, doc));
      case 'and': return truthy(value(node.left, doc)) && truthy(value(node.right, doc));
      case 'or': return truthy(value(node.left, doc)) || truthy(value(node.right, doc));
      case 'compare': return compare(node.op, value(node.left, doc), value(node.right, doc));
    }
    return null;
  }
  // Shown for an empty or unreadable condition, as on the server.
  function visible(condition, doc) {
    if (!condition || !condition.trim()) return true;
    try {
      return truthy(value(parse(condition), doc));
    } catch (e) {
      return true;
    }
  }

  // The form's values as depends_on sees them: null, a bool, a number or text.
  function formValues(form) {
    var doc = {};
    var fields = form.querySelectorAll('.field[data-field]');
    for (var i = 0; i < fields.length; i++) {
      var box = fields[i];
      var name = box.dataset.field;
      var grid = box.querySelector('table.grid');
      var input = form.elements.namedItem(name);
      if (grid) {
        doc[name] = grid.querySelectorAll('tbody tr').length;
      } else if (input && input.length !== undefined && !input.tagName) {
        // A checkbox and its hidden "0" share the name.
        var check = box.querySelector('input[type="checkbox"]');
        doc[name] = check ? check.checked : null;
      } else if (input) {
        var text = input.value;
        if (text === '') doc[name] = null;
        else if (input.type === 'number') doc[name] = isNaN(Number(text)) ? text : Number(text);
        else doc[name] = text;
      } else if (box.dataset.kind) {
        var shown = box.dataset.value;
        if (box.dataset.kind === 'check') doc[name] = shown === '1';
        else if (shown === undefined || shown === '') doc[name] = null;
        else if (box.dataset.kind === 'number') doc[name] = Number(shown);
        else doc[name] = shown;
      }
    }
    return doc;
  }

  function applyConditions(form) {
    var doc = formValues(form);
    var boxes = form.querySelectorAll('[data-depends-on]');
    for (var i = 0; i < boxes.length; i++) {
      boxes[i].hidden = !visible(boxes[i].dataset.dependsOn, doc);
    }
  }

  // ---- Link fields: choices the user may read, as they type ----
  var timers = new WeakMap();
  function fillChoices(input) {
    var list = document.getElementById(input.getAttribute('list'));
    if (!list) return;
    var url = '/desk/api/link?doctype=' + encodeURIComponent(input.dataset.link) +
      '&q=' + encodeURIComponent(input.value);
    fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (answer) { return answer.ok ? answer.json() : { results: [] }; })
      .then(function (body) {
        while (list.firstChild) list.removeChild(list.firstChild);
        (body.results || []).forEach(function (choice) {
          var option = document.createElement('option');
          option.value = choice.value;
          if (choice.label) option.label = choice.label;
          list.appendChild(option);
        });
      })
      .catch(function () { /* no choices; typing a name still works */ });
  }
  function onLinkInput(input) {
    clearTimeout(timers.get(input));
    timers.set(input, setTimeout(function () { fillChoices(input); }, 150));
  }

  window.fmDesk = window.fmDesk || {};
  window.fmDesk.dependsOn = visible;

  document.addEventListener('DOMContentLoaded', function () {
    var form = document.querySelector('form.doc-form');
    if (!form) return;
    applyConditions(form);
    form.addEventListener('input', function (event) {
      applyConditions(form);
      if (event.target.dataset && event.target.dataset.link) onLinkInput(event.target);
    });
    form.addEventListener('change', function () { applyConditions(form); });
    form.addEventListener('focusin', function (event) {
      var target = event.target;
      if (target.dataset && target.dataset.link && !target.dataset.filled) {
        target.dataset.filled = '1';
        fillChoices(target);
      }
    });
  });
})();
