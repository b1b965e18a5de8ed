// SPDX-License-Identifier: MIT
// The command palette: Ctrl+K (or Cmd+K, or the header's button) opens a dialog that
// finds DocTypes, documents and actions through /desk/api/palette; arrow keys choose,
// Enter opens, Escape closes. Its markup and words come from the page's
// <template id="palette-template"> (translated there), so this file holds no text.
(function () {
  'use strict';
  var dialog = null;
  var input = null;
  var list = null;
  var none = null;
  var results = [];
  var active = -1;
  var timer = null;
  var asked = 0;

  function build() {
    var template = document.getElementById('palette-template');
    if (!template) return false;
    dialog = template.content.firstElementChild.cloneNode(true);
    document.body.appendChild(dialog);
    input = dialog.querySelector('input');
    list = dialog.querySelector('[role="listbox"]');
    none = dialog.querySelector('.palette-none');
    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(search, 120);
    });
    input.addEventListener('keydown', onKey);
    list.addEventListener('click', function (event) {
      var option = event.target.closest('[role="option"]');
      if (option) go(Number(option.dataset.index));
    });
    dialog.addEventListener('close', function () { input.value = ''; });
    return true;
  }

  function render() {
    while (list.firstChild) list.removeChild(list.firstChild);
    results.forEach(function (item, index) {
      var option = document.createElement('li');
      option.setAttribute('role', 'option');
      option.id = 'palette-option-' + index;
      option.dataset.index = String(index);
      option.dataset.kind = item.kind;
      option.setAttribute('aria-selected', index === active ? 'true' : 'false');
      var label = document.createElement('span');
      label.className = 'palette-label';
      label.textContent = item.label;
      var hint = document.createElement('span');
      hint.className = 'palette-kind muted';
      hint.textContent = item.hint;
      option.appendChild(label);
      option.appendChild(hint);
      list.appendChild(option);
    });
    none.hidden = results.length > 0;
    if (active >= 0) {
      input.setAttribute('aria-activedescendant', 'palette-option-' + active);
      var chosen = document.getElementById('palette-option-' + active);
      if (chosen) chosen.scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  }

  function search() {
    var number = ++asked;
    fetch('/desk/api/palette?q=' + encodeURIComponent(input.value), {
      headers: { Accept: 'application/json' },
      credentials: 'same-origin',
    })
      .then(function (answer) { return answer.ok ? answer.json() : { results: [] }; })
      .then(function (body) {
        if (number !== asked) return; // an older answer arriving late
        results = body.results || [];
        active = results.length ? 0 : -1;
        render();
      })
      .catch(function () {});
  }

  function go(index) {
    var item = results[index];
    if (item && item.href) window.location.assign(item.href);
  }

  function onKey(event) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!results.length) return;
      var step = event.key === 'ArrowDown' ? 1 : -1;
      active = (active + step + results.length) % results.length;
      render();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (active >= 0) go(active);
    }
  }

  function open() {
    if (!dialog && !build()) return;
    if (!dialog.open) dialog.showModal();
    input.focus();
    search();
  }

  document.addEventListener('keydown', function (event) {
    if ((event.ctrlKey || event.metaKey) && !event.altKey && (event.key === 'k' || event.key === 'K')) {
      event.preventDefault();
      open();
    }
  });
  document.addEventListener('DOMContentLoaded', function () {
    var button = document.querySelector('[data-palette-open]');
    if (!button) return;
    button.hidden = false;
    button.addEventListener('click', open);
  });
})();
