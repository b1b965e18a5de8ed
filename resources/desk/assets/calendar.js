// SPDX-License-Identifier: MIT
// The calendar's drag and drop: dropping an entry on another day fills the entry's own
// "a day later" form with the start (and end) moved by the days between, and posts it:
// the same save, with the same _version, that its ‹ and › buttons post (which need no
// JavaScript and work by keyboard). The server answers with the calendar again, or the
// form with the API's message when the move is refused.
(function () {
  'use strict';
  // "2026-11-04" or "2026-11-04T09:30:00" moved by `days`, the time of day kept.
  function shift(text, days) {
    var match = /^(\d{4})-(\d{2})-(\d{2})/.exec(text || '');
    if (!match) return text;
    var day = new Date(Date.UTC(+match[1], +match[2] - 1, +match[3] + days));
    return day.toISOString().slice(0, 10) + text.slice(10);
  }
  function daysBetween(from, to) {
    return Math.round((Date.parse(to + 'T00:00:00Z') - Date.parse(from + 'T00:00:00Z')) / 86400000);
  }
  document.addEventListener('DOMContentLoaded', function () {
    var calendar = document.querySelector('.calendar');
    if (!calendar) return;
    var dragged = null;
    calendar.addEventListener('dragstart', function (event) {
      var entry = event.target.closest && event.target.closest('li.movable[draggable="true"]');
      if (!entry) return;
      dragged = entry;
      event.dataTransfer.setData('text/plain', entry.querySelector('a').getAttribute('data-doc'));
      event.dataTransfer.effectAllowed = 'move';
      entry.classList.add('dragging');
    });
    calendar.addEventListener('dragend', function () {
      if (dragged) dragged.classList.remove('dragging');
      dragged = null;
      var over = calendar.querySelectorAll('td.drop-target');
      for (var i = 0; i < over.length; i++) over[i].classList.remove('drop-target');
    });
    calendar.addEventListener('dragover', function (event) {
      var day = event.target.closest && event.target.closest('td[data-day]');
      if (!dragged || !day) return;
      event.preventDefault();
      var over = calendar.querySelectorAll('td.drop-target');
      for (var i = 0; i < over.length; i++) if (over[i] !== day) over[i].classList.remove('drop-target');
      day.classList.add('drop-target');
    });
    calendar.addEventListener('drop', function (event) {
      var day = event.target.closest && event.target.closest('td[data-day]');
      if (!dragged || !day) return;
      event.preventDefault();
      var days = daysBetween(dragged.getAttribute('data-from'), day.getAttribute('data-day'));
      var form = dragged.querySelector('form[data-days="1"]');
      if (!days || !form) return;
      // The form holds the values moved by one day; the drop moves them by `days`.
      var inputs = form.querySelectorAll('input[type="hidden"]');
      for (var i = 0; i < inputs.length; i++) {
        var name = inputs[i].name;
        if (name === 'csrf_token' || name === '_version' || name === '_next') continue;
        inputs[i].value = shift(inputs[i].value, days - 1);
      }
      form.requestSubmit(form.querySelector('button[type="submit"]'));
    });
  });
})();
